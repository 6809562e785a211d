import { sha256 } from '@noble/hashes/sha2.js';

// The recovery code: 26 random Crockford base32 symbols (130 bits) and 2 check symbols, shown as 7 groups of 4.
// Crockford's alphabet has no I, L, O or U, and reading accepts i/l for 1 and o for 0, so it survives handwriting.
// The check symbols catch a typo before a slow, hopeless unlock attempt (a typo slips through 1 time in 1024).

const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const payloadSymbols = 26;
const checkSymbols = 2;
const groupLength = 4;
export const recoveryCodeBits = payloadSymbols * 5;

function checkOf(payload: string): string {
  const digest = sha256(new TextEncoder().encode(payload));
  const tenBits = (digest[0] << 2) | (digest[1] >> 6);
  return alphabet[tenBits >> 5] + alphabet[tenBits & 31];
}

function randomSymbols(count: number): string {
  // 256 is a multiple of 32, so taking each random byte modulo 32 is unbiased.
  return Array.from(crypto.getRandomValues(new Uint8Array(count)), (byte) => alphabet[byte % 32]).join('');
}

/** A new code, grouped for reading: "7K3M-0QZR-...". */
export function newRecoveryCode(): string {
  const payload = randomSymbols(payloadSymbols);
  const symbols = payload + checkOf(payload);
  return symbols.match(new RegExp(`.{1,${groupLength}}`, 'g'))!.join('-');
}

export type RecoveryCodeReading =
  | { ok: true; payload: string }
  | { ok: false; problem: 'length' | 'characters' | 'typo' };

/** Reads a typed code leniently (case, spaces, dashes, O for 0, I or L for 1) and checks its check symbols. */
export function readRecoveryCode(typed: string): RecoveryCodeReading {
  const symbols = typed
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (symbols.length !== payloadSymbols + checkSymbols) return { ok: false, problem: 'length' };
  if ([...symbols].some((symbol) => !alphabet.includes(symbol))) return { ok: false, problem: 'characters' };
  const payload = symbols.slice(0, payloadSymbols);
  if (checkOf(payload) !== symbols.slice(payloadSymbols)) return { ok: false, problem: 'typo' };
  return { ok: true, payload };
}
