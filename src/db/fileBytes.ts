import { db } from './database';
import { NotFoundError } from './errors';
import { readAhead } from '../domain/readAhead';
import { readChunk, storeBlobAsChunks } from './chunkStore';

// The bytes of stored files, and nothing else (how they are kept: chunkStore.ts). Bytes are written before the short
// transaction that links them to an incident; bytes no attachment links (a crash between the two) are removed at
// start (unlinkedFiles.ts).

/** Stores the bytes under `id` (chunk by chunk, each in its own write); storing the same id again replaces them. */
export async function storeFileBytes(id: string, blob: Blob, facts: { name?: string; type?: string } = {}): Promise<void> {
  await storeBlobAsChunks(db, id, blob, facts.name, facts.type ?? blob.type);
}

/** A stored file's bytes chunk by chunk, in order, the next one read while this one is used (hashing, the bundle, a backup). */
export async function* readFileChunks(id: string): AsyncGenerator<Uint8Array> {
  const head = await db.files.get(id);
  if (!head) throw new NotFoundError(id);
  yield* readAhead(head.chunkCount, (index) => readChunk(db, id, index, index === head.chunkCount - 1));
}

/** The original bytes, exactly as added, as one Blob of their chunks with the file's type (to view or download). */
export async function readFileBytes(id: string): Promise<Blob> {
  const head = await db.files.get(id);
  if (!head) throw new NotFoundError(id);
  const parts: Uint8Array<ArrayBuffer>[] = [];
  for await (const chunk of readFileChunks(id)) parts.push(chunk as Uint8Array<ArrayBuffer>);
  return new Blob(parts, { type: head.type });
}

/** Whether a file's bytes are whole: its head is written only after its last chunk. */
export async function hasFileBytes(id: string): Promise<boolean> {
  return (await db.files.where('id').equals(id).count()) > 0;
}

/** Deletes files' heads and chunks; inside a caller's transaction only when it spans `files` and `fileChunks`. */
export async function deleteFileBytes(ids: string[]): Promise<void> {
  if (!ids.length) return;
  await db.transaction('rw', [db.files, db.fileChunks], async () => {
    await db.files.bulkDelete(ids);
    await db.fileChunks.where('fileId').anyOf(ids).delete();
  });
}

/** Every file with stored bytes, whole or not (chunks left by an interrupted store have no head yet). */
export async function listFileIds(): Promise<string[]> {
  const [heads, chunked] = await Promise.all([db.files.toCollection().primaryKeys(), db.fileChunks.orderBy('fileId').uniqueKeys()]);
  return [...new Set([...(heads as string[]), ...(chunked as string[])])];
}

