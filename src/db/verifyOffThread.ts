import type { Verification } from '../domain/integrity/types';
import { verifyLog, type VerifyOptions, type VerifyProgress } from './verify';
import { currentCipher } from './sealing';

export type VerifyMessage =
  | { type: 'progress'; progress: VerifyProgress }
  | { type: 'done'; verification: Verification }
  | { type: 'failed'; message: string };

/** verifyLog in a worker (same database, same code), so the page stays responsive; in place where there are no workers (tests). */
export function verifyLogOffThread({ files = 'hashed', onProgress, now = Date.now() }: VerifyOptions = {}): Promise<Verification> {
  if (typeof Worker === 'undefined') return verifyLog({ files, onProgress, now });
  const keyBytes = currentCipher().keyForWorker(); // throws while locked: nothing to check then
  const worker = new Worker(new URL('./verify.worker.ts', import.meta.url), { type: 'module', name: 'spor-verify' });
  return new Promise<Verification>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<VerifyMessage>) => {
      const message = event.data;
      if (message.type === 'progress') return onProgress?.(message.progress);
      worker.terminate();
      if (message.type === 'done') resolve(message.verification);
      else reject(new Error(message.message));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'The check could not run'));
    };
    worker.postMessage({ files, now, keyBytes });
  }).finally(() => worker.terminate());
}
