import { db } from './database';
import { mapStorageErrors, NotFoundError } from './errors';

// The bytes of stored files, and nothing else: how they are kept (today one Blob per row) may change here
// without touching the linking in attachments.ts. Bytes are written before the short transaction that links them
// to an incident; bytes that no attachment links (a crash between the two) are removed at start (unlinkedFiles.ts).

/** Stores the bytes under `id` in their own transaction; storing the same id again replaces them. */
export async function storeFileBytes(id: string, blob: Blob): Promise<void> {
  await mapStorageErrors(() => db.files.put({ id, blob }));
}

/** The original bytes, exactly as added. */
export async function readFileBytes(id: string): Promise<Blob> {
  const row = await db.files.get(id);
  if (!row) throw new NotFoundError(id);
  return row.blob;
}

export async function hasFileBytes(id: string): Promise<boolean> {
  return (await db.files.where('id').equals(id).count()) > 0;
}

export async function deleteFileBytes(ids: string[]): Promise<void> {
  await db.files.bulkDelete(ids);
}

export async function listFileIds(): Promise<string[]> {
  return (await db.files.toCollection().primaryKeys()) as string[];
}
