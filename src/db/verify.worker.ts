/// <reference lib="webworker" />
// The log check off the page's thread: walking, replaying and comparing a large history never stalls the page.
import type { VerifyMessage } from './verifyOffThread';
import { verifyLog } from './verify';
import type { FileCheck } from '../domain/integrity/types';

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = (event: MessageEvent<{ files: FileCheck; now: number }>) => {
  const post = (message: VerifyMessage) => self.postMessage(message);
  verifyLog({ ...event.data, onProgress: (progress) => post({ type: 'progress', progress }) }).then(
    (verification) => post({ type: 'done', verification }),
    (error: unknown) => post({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
  );
};
