// Seals and opens large byte arrays (file chunks, backup frames) off the page's thread; see bulkCipher.ts.
import { type BulkJob, type BulkReply, runBulkJob } from './bulkCipherJob';

/** Every job gets a reply, or the page would wait for it forever: if handing the buffers over fails, they are copied. */
function send(reply: BulkReply): void {
  try {
    self.postMessage(reply, reply.ok ? [reply.bytes.buffer, ...(reply.spare ? [reply.spare] : [])] : []);
  } catch {
    try {
      self.postMessage(reply.ok ? { id: reply.id, ok: true, bytes: reply.bytes } : reply);
    } catch (error) {
      self.postMessage({ id: reply.id, ok: false, decryption: false, name: 'Error', message: String(error) } satisfies BulkReply);
    }
  }
}

self.onmessage = async (event: MessageEvent<BulkJob>) => send(await runBulkJob(event.data));
self.postMessage('ready');
