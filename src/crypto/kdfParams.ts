// Argon2id parameters, kept apart from the WebAssembly (argon2id.ts) so the lock screen can read and check them
// without loading it. They are stored beside the wrapped key, so later versions can raise the cost at the next unlock.

export interface Argon2idCost {
  memoryKiB: number;
  iterations: number;
  parallelism: number;
}

export interface Argon2idParams extends Argon2idCost {
  algorithm: 'argon2id';
  salt: Uint8Array;
}

/** OWASP's floor for Argon2id (19 MiB, 2 passes, 1 lane); nothing weaker is ever accepted. */
export const argon2idMinimum: Argon2idCost = { memoryKiB: 19 * 1024, iterations: 2, parallelism: 1 };

/** About 350-480 ms in desktop Chromium here, so around a second on a mid-range phone (see `npm run bench`). */
export const argon2idDefault: Argon2idCost = { memoryKiB: 64 * 1024, iterations: 3, parallelism: 1 };

const saltBytes = 16;

export function newArgon2idParams(cost: Argon2idCost = argon2idDefault): Argon2idParams {
  if (!meetsMinimum(cost)) throw new Error('Argon2id parameters below the minimum (19 MiB, 2 passes)');
  return { algorithm: 'argon2id', ...cost, salt: crypto.getRandomValues(new Uint8Array(saltBytes)) };
}

export function meetsMinimum(cost: Argon2idCost): boolean {
  return cost.memoryKiB >= argon2idMinimum.memoryKiB && cost.iterations >= argon2idMinimum.iterations && cost.parallelism >= 1;
}

/** True when stored parameters cost less than `cost` in memory or passes: re-wrap with the passcode at the next unlock. */
export function isWeakerThan(params: Argon2idCost, cost: Argon2idCost = argon2idDefault): boolean {
  return params.memoryKiB < cost.memoryKiB || params.iterations < cost.iterations;
}
