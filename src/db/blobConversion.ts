import type { Transaction } from 'dexie';
import { isBlob, storeBlobAsChunks, toStoredBytes } from './chunkStore';
import type { SporDatabase } from './schema';

// Version 4 stores bytes as ArrayBuffer chunks. Rows written before it hold Blobs, which cannot be read inside the
// upgrade transaction (it would commit while the Blob is read), so the upgrade leaves a mark and every start converts
// what is left, one row at a time, each in its own write: an interrupted conversion goes on where it stopped.

const pendingKey = 'blobConversionPending';

/** Version 4's upgrade: only marks that rows from before it may hold Blobs (a new database has none to convert). */
export async function markBlobsForConversion(transaction: Transaction): Promise<void> {
  await transaction.table('settings').put({ key: pendingKey, value: true });
}

/** Converts every Blob left in files, previews and photos to chunks, then clears the mark. Runs when the database opens. */
export async function convertStoredBlobs(database: SporDatabase): Promise<void> {
  if (!(await database.settings.get(pendingKey))) return;
  for (const id of await database.files.toCollection().primaryKeys()) {
    const row = await database.files.get(id);
    if (!row?.blob) continue;
    const attachment = await database.attachments.get(id);
    // The head written last replaces the old row, so a file is either still a Blob or whole in chunks.
    await storeBlobAsChunks(database, id, row.blob, attachment?.fileName ?? '', attachment?.mimeType ?? row.blob.type);
  }
  for (const id of await database.attachments.toCollection().primaryKeys()) {
    const thumbnail = (await database.attachments.get(id))?.thumbnail;
    if (isBlob(thumbnail)) await database.attachments.update(id, { thumbnail: await toStoredBytes(thumbnail) });
  }
  for (const id of await database.people.toCollection().primaryKeys()) {
    const photo = (await database.people.get(id))?.photo;
    if (isBlob(photo)) await database.people.update(id, { photo: await toStoredBytes(photo) });
  }
  await database.settings.delete(pendingKey);
}
