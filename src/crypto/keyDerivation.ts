// The page's side of key derivation: one short-lived worker per derivation, so the 64 MiB Argon2id needs are
// given back as soon as the key is made. The lock screen warms one up as it appears, so the WebAssembly loads
// beside the screen and not after the passcode is typed.
import type { Argon2idParams } from './kdfParams';

export interface KeyDerivationRequest {
  passcode: string;
  params: Argon2idParams;
}
export type KeyDerivationReply = { ok: true; key: Uint8Array } | { ok: false; message: string };

let warmWorker: Worker | undefined;

function startWorker(): Worker {
  return new Worker(new URL('./keyDerivation.worker.ts', import.meta.url), { type: 'module', name: 'spor-key' });
}

/** Starts the next derivation's worker now, so its code is loaded by the time a passcode is typed. */
export function warmKeyDerivation(): void {
  warmWorker ??= startWorker();
}

/** Argon2id in a worker; matches keyRing's DerivePasscodeKey. */
export function derivePasscodeKeyInWorker(passcode: string, params: Argon2idParams): Promise<Uint8Array> {
  const worker = warmWorker ?? startWorker();
  warmWorker = undefined;
  return new Promise<Uint8Array>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<KeyDerivationReply>) => {
      worker.terminate();
      if (event.data.ok) resolve(event.data.key);
      else reject(new Error(event.data.message));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'Key derivation failed'));
    };
    worker.postMessage({ passcode, params } satisfies KeyDerivationRequest);
  });
}
