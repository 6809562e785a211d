import { DecryptionError, open, seal, type Bytes } from './sealed';

// One sealing or opening as the bulk cipher's worker runs it: plain data in and out, so it can be unit tested here.

export interface BulkJob {
  id: number;
  op: 'seal' | 'open';
  key: CryptoKey;
  context: Bytes;
  bytes: Uint8Array;
  /** What the bytes are, for the error message (`file … chunk 3`). */
  what: string;
}

export type BulkReply =
  | { id: number; ok: true; bytes: Bytes; /** The plain bytes' buffer after sealing, handed back to be filled again. */ spare?: ArrayBuffer }
  | { id: number; ok: false; decryption: boolean; message: string };

export async function runBulkJob({ id, op, key, context, bytes, what }: BulkJob): Promise<BulkReply> {
  try {
    if (op === 'open') return { id, ok: true, bytes: await open(key, context, bytes, what) };
    return { id, ok: true, bytes: await seal(key, context, bytes), spare: bytes.buffer as ArrayBuffer };
  } catch (error) {
    return { id, ok: false, decryption: error instanceof DecryptionError, message: error instanceof Error ? error.message : String(error) };
  }
}

/** The error a failed reply stands for, as the same call on the page would have thrown it. */
export function replyError(reply: Extract<BulkReply, { ok: false }>): Error {
  return reply.decryption ? new DecryptionError(reply.message) : new Error(reply.message);
}
