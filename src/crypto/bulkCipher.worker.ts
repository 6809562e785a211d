// Seals and opens large byte arrays (file chunks, backup frames) off the page's thread; see bulkCipher.ts.
import { type BulkJob, runBulkJob } from './bulkCipherJob';

self.onmessage = async (event: MessageEvent<BulkJob>) => {
  const reply = await runBulkJob(event.data);
  self.postMessage(reply, reply.ok ? [reply.bytes.buffer, ...(reply.spare ? [reply.spare] : [])] : []);
};
self.postMessage('ready');
