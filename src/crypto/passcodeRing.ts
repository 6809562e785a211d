import type { DataKey } from './dataKey';
import { newArgon2idParams, type Argon2idCost, type Argon2idParams } from './kdfParams';
import { deviceWrap, findWrap, unwrap, wrapContext, type KeyRing, type PasscodeWrap, type RecoveryWrap } from './keyRing';
import { newRecoveryCode, readRecoveryCode } from './recoveryCode';
import { seal, type Bytes } from './sealed';

// The key ring's passcode and recovery code copies (keyRing.ts has the ring and the device key's copy): loaded with the
// lock screen and the lock's settings, never on the start without a passcode (the recovery code brings SHA-256 along).

/** Argon2id for a passcode, injected so the app can run it in a worker and the ring never loads the WebAssembly. */
export type DerivePasscodeKey = (passcode: string, params: Argon2idParams) => Promise<Uint8Array>;

/** Thrown when a typed recovery code fails its own check symbols: a typo, not a wrong code. */
export class RecoveryCodeTypoError extends Error {
  override name = 'RecoveryCodeTypoError';
  constructor(readonly problem: 'length' | 'characters' | 'typo') {
    super(`The recovery code was not read (${problem})`);
  }
}

function importWrappingKey(bytes: Uint8Array): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', bytes as Bytes, { name: 'AES-GCM' }, false, ['encrypt', 'decrypt']);
}

/** The recovery code has 130 random bits, so HKDF suffices: a slow hash adds nothing to a code nobody can guess. */
async function recoveryWrappingKey(payload: string, salt: Bytes): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(payload), 'HKDF', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt, info: new TextEncoder().encode('spor recovery code') },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

async function passcodeWrap(dataKey: DataKey, passcode: string, derive: DerivePasscodeKey, cost?: Argon2idCost): Promise<PasscodeWrap> {
  const kdf = newArgon2idParams(cost);
  const wrappingKey = await importWrappingKey(await derive(passcode, kdf));
  return { method: 'passcode', kdf, sealed: await seal(wrappingKey, wrapContext('passcode'), dataKey.bytes) };
}

/** The stored Argon2id parameters, to check whether they should be raised after an unlock. */
export function passcodeParams(ring: KeyRing): Argon2idParams {
  return findWrap(ring, 'passcode').kdf;
}

/** A wrong passcode rejects with a DecryptionError (AES-GCM cannot tell a wrong key from a changed byte). */
export async function unlockWithPasscode(ring: KeyRing, passcode: string, derive: DerivePasscodeKey): Promise<DataKey> {
  const wrap = findWrap(ring, 'passcode');
  return unwrap(wrap, await importWrappingKey(await derive(passcode, wrap.kdf)));
}

/** A mistyped code (per its check symbols) rejects with a RecoveryCodeTypoError before any decryption. */
export async function unlockWithRecoveryCode(ring: KeyRing, code: string): Promise<DataKey> {
  const reading = readRecoveryCode(code);
  if (!reading.ok) throw new RecoveryCodeTypoError(reading.problem);
  const wrap = findWrap(ring, 'recovery');
  return unwrap(wrap, await recoveryWrappingKey(reading.payload, wrap.salt));
}

/** Turns the lock on: passcode and a new recovery code wrap the data key; the device copy goes. Show the code once. */
export async function setPasscode(
  dataKey: DataKey,
  passcode: string,
  derive: DerivePasscodeKey,
  cost?: Argon2idCost,
): Promise<{ ring: KeyRing; recoveryCode: string }> {
  const recoveryCode = newRecoveryCode();
  const reading = readRecoveryCode(recoveryCode);
  if (!reading.ok) throw new Error('A new recovery code failed its own check');
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const recoveryKey = await recoveryWrappingKey(reading.payload, salt);
  const recovery: RecoveryWrap = { method: 'recovery', salt, sealed: await seal(recoveryKey, wrapContext('recovery'), dataKey.bytes) };
  return { ring: { wraps: [await passcodeWrap(dataKey, passcode, derive, cost), recovery] }, recoveryCode };
}

/** A new passcode (or the same one at a higher cost): only the passcode copy changes; the recovery code stays valid. */
export async function changePasscode(
  ring: KeyRing,
  dataKey: DataKey,
  passcode: string,
  derive: DerivePasscodeKey,
  cost?: Argon2idCost,
): Promise<KeyRing> {
  const recovery = findWrap(ring, 'recovery');
  return { wraps: [await passcodeWrap(dataKey, passcode, derive, cost), recovery] };
}

/** Turns the lock off: back to the device copy alone; the old passcode and recovery code open nothing any more. */
export async function removePasscode(dataKey: DataKey, deviceKey: CryptoKey): Promise<KeyRing> {
  return { wraps: [await deviceWrap(dataKey, deviceKey)] };
}
