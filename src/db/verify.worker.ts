/// <reference lib="webworker" />
// The log check off the page's thread: walking, replaying and comparing a large history never stalls the page.
import type { VerifyMessage } from './verifyOffThread';
import { verifyLog } from './verify';
import type { FileCheck } from '../domain/integrity/types';
import { importDataKey } from '../crypto/dataKey';
import { useStoreCipher } from './sealing';
import { storeCipherFor } from './storeCipher';

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = (event: MessageEvent<{ files: FileCheck; now: number; keyBytes: Uint8Array }>) => {
  const post = (message: VerifyMessage) => self.postMessage(message);
  const { files, now, keyBytes } = event.data;
  importDataKey(keyBytes)
    .then((key) => {
      useStoreCipher(storeCipherFor(key));
      return verifyLog({ files, now, onProgress: (progress) => post({ type: 'progress', progress }) });
    })
    .then(
      (verification) => post({ type: 'done', verification }),
      (error: unknown) => post({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
};
