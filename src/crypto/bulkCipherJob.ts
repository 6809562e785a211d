import { DecryptionError, open, seal, type Bytes } from './sealed';

// One sealing or opening as the bulk cipher's worker runs it: plain data in and out, so it can be unit tested here.

export interface BulkJob {
  id: number;
  op: 'seal' | 'open';
  key: CryptoKey;
  context: Bytes;
  /** For opening also a Blob (a backup's frame), read where the job runs: in the worker, off the page's thread. */
  bytes: Uint8Array | Blob;
  /** What the bytes are, for the error message (`file … chunk 3`). */
  what: string;
}

export type BulkReply =
  | { id: number; ok: true; bytes: Bytes; /** The plain bytes' buffer after sealing, handed back to be filled again. */ spare?: ArrayBuffer }
  | { id: number; ok: false; decryption: boolean; name: string; message: string };

export async function runBulkJob({ id, op, key, context, bytes, what }: BulkJob): Promise<BulkReply> {
  try {
    const plain = bytes instanceof Blob ? new Uint8Array(await bytes.arrayBuffer()) : bytes;
    if (op === 'open') return { id, ok: true, bytes: await open(key, context, plain, what) };
    return { id, ok: true, bytes: await seal(key, context, plain), spare: plain.buffer as ArrayBuffer };
  } catch (error) {
    const { name, message } = error instanceof Error || error instanceof DOMException ? error : { name: 'Error', message: String(error) };
    return { id, ok: false, decryption: error instanceof DecryptionError, name, message };
  }
}

/** The error a failed reply stands for, as the same call on the page would have thrown it (a file that cannot be read keeps its name). */
export function replyError(reply: Extract<BulkReply, { ok: false }>): Error {
  if (reply.decryption) return new DecryptionError(reply.message);
  return Object.assign(new Error(reply.message), { name: reply.name });
}
