import Dexie from 'dexie';
import { verifyRevisions } from './revisions';
import { readChunk, writeChunk } from './chunkStore';
import { withBlobsStored } from './rowBytes';
import { db } from './database';
import { mapStorageErrors } from './errors';
import { plainDatabaseName, SporDatabase } from './schema';
import type { Revision } from '../domain/types';

// Versions before encryption at rest kept everything readable in the `spor` database. The first start of this
// version moves it into the sealed one and then deletes the old database whole (deleting rows would leave their
// bytes in the engine's files until it compacts). Every step is a put by primary key, so a move cut short by a
// crash or a closed tab simply runs again from the start at the next open, and nothing is lost: the old database
// is deleted only after the sealed one holds as many rows of every kind and the same history head.

/** The app lock's rows: readable before unlock, so they are copied before it (the user's passcode still opens it). */
const lockSettingKeys = ['keyRing', 'deviceKey', 'unlockFailures', 'autoLockMinutes'];
/** Not copied with the records: the lock's rows were adopted before unlock (and may have changed since, failures
 * cleared); the old database's own bookkeeping has no meaning in the sealed one. */
const leftBehindSettingKeys = new Set([...lockSettingKeys, 'blobConversionPending']);
const recordTables = ['settings', 'caseDetails', 'people', 'incidents', 'attachments', 'heads', 'drafts', 'revisions'] as const;
const batchRows = 200;

export interface MoveProgress {
  done: number;
  total: number;
}

class MoveCheckError extends Error {
  override name = 'MoveCheckError';
}

function openPlain(): SporDatabase {
  return new SporDatabase(plainDatabaseName, { sealed: false });
}

/** Before unlock: the old database's lock rows, so its passcode (or device key) opens the sealed one. */
export async function adoptPlainLockRows(): Promise<void> {
  const plain = openPlain();
  try {
    const rows = (await plain.settings.bulkGet(lockSettingKeys)).filter((row) => row !== undefined);
    await mapStorageErrors(() => db.settings.bulkPut(rows));
  } finally {
    plain.close();
  }
}

async function copyRecords(plain: SporDatabase, table: (typeof recordTables)[number], step: () => void): Promise<void> {
  let rows = await plain.table(table).toArray();
  if (table === 'settings') rows = rows.filter((row: { key: string }) => !leftBehindSettingKeys.has(row.key));
  // Files picked into a draft before version 4 are still Blobs (its conversion at open left drafts alone): a sealed
  // row cannot hold a Blob, so they go in as stored bytes, as drafts keep them now.
  if (table === 'drafts') rows = await Promise.all(rows.map(async (row: { value: unknown }) => ({ ...row, value: await withBlobsStored(row.value) })));
  for (let start = 0; start < rows.length; start += batchRows) {
    const batch = rows.slice(start, start + batchRows);
    await mapStorageErrors(() => db.table(table).bulkPut(batch));
    for (let index = 0; index < batch.length; index++) step();
  }
}

/** A file's chunks, sealed one by one, then its head: a head in the sealed database means the file there is whole. */
async function copyFiles(plain: SporDatabase, step: () => void): Promise<void> {
  for (const head of await plain.files.toArray()) {
    if (!(await db.files.get(head.id))) {
      for (let index = 0; index < head.chunkCount; index++) {
        const last = index === head.chunkCount - 1;
        await writeChunk(db, head.id, index, last, await readChunk(plain, head.id, index, last));
      }
      await mapStorageErrors(() => db.files.put({ id: head.id, type: head.type, name: head.name, size: head.size, chunkCount: head.chunkCount }));
    }
    for (let index = 0; index < head.chunkCount; index++) step();
  }
}

async function checkMoved(plain: SporDatabase): Promise<void> {
  for (const table of [...recordTables, 'files', 'fileChunks']) {
    const before = await plain.table(table).toCollection().primaryKeys();
    const after = new Set((await db.table(table).toCollection().primaryKeys()).map((key) => JSON.stringify(key)));
    const missing = before.filter((key) => !after.has(JSON.stringify(key)) && !(table === 'settings' && leftBehindSettingKeys.has(key as string)));
    if (missing.length) throw new MoveCheckError(`${missing.length} ${table} rows did not arrive in the sealed database`);
  }
  const [old, moved] = [verifyRevisions(await plain.revisions.orderBy('seq').toArray()), verifyRevisions((await db.revisions.orderBy('seq').toArray()) as Revision[])];
  if (old.count !== moved.count || old.headHash !== moved.headHash) throw new MoveCheckError('The moved history does not end in the same head');
}

/**
 * Moves every row and file of the old plain database into the sealed one (the data key must be in use), checks
 * that all of it arrived, and deletes the old database. Safe to run again after any interruption.
 */
export async function moveToSealed(onProgress?: (progress: MoveProgress) => void): Promise<void> {
  const plain = openPlain();
  try {
    await plain.open(); // converts Blobs from before version 4 first (schema.ts)
    const counts = await Promise.all([...recordTables.map((table) => plain.table(table).count()), plain.fileChunks.count()]);
    const progress: MoveProgress = { done: 0, total: counts.reduce((sum, count) => sum + count, 0) };
    const step = () => {
      progress.done++;
      if (progress.done % batchRows === 0 || progress.done === progress.total) onProgress?.({ ...progress });
    };
    onProgress?.({ ...progress });
    for (const table of recordTables) await copyRecords(plain, table, step);
    await copyFiles(plain, step);
    await checkMoved(plain);
  } finally {
    plain.close();
  }
  await Dexie.delete(plainDatabaseName);
}
