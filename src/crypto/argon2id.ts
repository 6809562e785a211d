import { argon2id } from 'hash-wasm';
import { meetsMinimum, type Argon2idCost, type Argon2idParams } from './kdfParams';

// Passcode -> key material with Argon2id (hash-wasm's WebAssembly build). Run it in a worker (keyDerivation.ts):
// it holds the thread for about a second by design.

export const derivedKeyBytes = 32;

/** Passcodes are compared as NFC text, so the same letters typed on two keyboards give the same key. */
export function passcodeBytes(passcode: string): Uint8Array {
  return new TextEncoder().encode(passcode.normalize('NFC'));
}

/** Raw Argon2id: the function the reference test vectors check. */
export function argon2idHash(password: Uint8Array, salt: Uint8Array, cost: Argon2idCost, hashLength = derivedKeyBytes): Promise<Uint8Array> {
  const { memoryKiB: memorySize, iterations, parallelism } = cost;
  return argon2id({ password, salt, memorySize, iterations, parallelism, hashLength, outputType: 'binary' });
}

/** The 256-bit key material for a passcode under stored parameters. Refuses parameters below the minimum. */
export function derivePasscodeKey(passcode: string, params: Argon2idParams): Promise<Uint8Array> {
  if (params.algorithm !== 'argon2id' || !meetsMinimum(params)) {
    return Promise.reject(new Error('Stored key-derivation parameters are below the minimum'));
  }
  return argon2idHash(passcodeBytes(passcode), params.salt, params);
}
