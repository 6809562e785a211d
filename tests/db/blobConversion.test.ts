import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getAttachmentFile, listAttachments, listPeople, verifyLog } from '../../src/db';
import { useDatabase } from '../../src/db/database';
import { SporDatabase } from '../../src/db/schema';
import { isStoredBytes } from '../../src/domain/storedBytes';

// Version 3 rows hold Blobs (files, previews, photos); version 4 keeps ArrayBuffer chunks. The conversion runs when
// the database opens, row by row, and goes on where it stopped when it was interrupted.

const mebibyte = 1024 * 1024;
/** 9 MiB of varied bytes: three chunks of 4 MiB, the last one partial. */
const video = new Uint8Array(9 * mebibyte).map((_, index) => (index * 31 + (index >> 12)) % 251);
const preview = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]);
const portrait = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 9, 8, 7, 6]);

/** A database as version 3 left it, with Blobs in every place that held them. */
async function versionThreeDatabase(name: string): Promise<void> {
  const old = new Dexie(name);
  old.version(1).stores({
    incidents: 'id, [trashed+occurredAt], kind, updatedAt', attachments: 'id, incidentId, sha256', files: 'id', people: 'id',
    caseDetails: 'id', drafts: 'id', revisions: 'seq, entityId, incidentId', settings: 'key',
  });
  old.version(2).stores({ heads: '++id, issuedAt' });
  old.version(3).stores({ drafts: 'id, session, subject' });
  await old.open();
  await old.table('incidents').add({ id: 'i1', trashed: 0, occurredAt: 1, kind: 'call', updatedAt: 1, attachmentIds: ['f1', 'f2'], version: 1 });
  await old.table('attachments').bulkAdd([
    { id: 'f1', incidentId: 'i1', fileName: 'car.mp4', mimeType: 'video/mp4', size: video.length, sha256: 'x', addedAt: 1, version: 1, thumbnail: new Blob([preview], { type: 'image/jpeg' }) },
    { id: 'f2', incidentId: 'i1', fileName: 'note.txt', mimeType: 'text/plain', size: 5, sha256: 'y', addedAt: 2, version: 1 },
  ]);
  await old.table('files').bulkAdd([
    { id: 'f1', blob: new Blob([video], { type: 'video/mp4' }) },
    { id: 'f2', blob: new Blob(['hello'], { type: 'text/plain' }) },
  ]);
  await old.table('people').add({ id: 'p1', name: 'N', relation: '', phones: [], emails: [], profiles: [], vehicle: '', description: '', photo: new Blob([portrait], { type: 'image/png' }), photoType: 'image/png', updatedAt: 1, version: 1 });
  old.close();
}

/** A Blob's bytes as a Buffer: its equals() compares 9 MiB at once (a deep toEqual walks them one by one). */
async function bytesOf(blob: Blob): Promise<Buffer> {
  return Buffer.from(await blob.arrayBuffer());
}
const same = (a: Buffer, b: Uint8Array) => a.equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength));

describe('version 3 to 4: Blobs become ArrayBuffer chunks', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('converts files, previews and photos, byte for byte, and leaves no Blob in any row', async () => {
    await versionThreeDatabase('convert-all');
    const database = new SporDatabase('convert-all', { sealed: false });
    useDatabase(database);
    await database.open();
    expect(database.verno).toBe(5);
    expect(await database.files.get('f1')).toEqual({ id: 'f1', type: 'video/mp4', name: 'car.mp4', size: video.length, chunkCount: 3 });
    expect((await database.fileChunks.where('fileId').equals('f1').toArray()).map((chunk) => chunk.bytes.byteLength)).toEqual([4 * mebibyte, 4 * mebibyte, mebibyte]);
    expect(same(await bytesOf(await getAttachmentFile('f1')), video)).toBe(true);
    expect(await (await getAttachmentFile('f2')).text()).toBe('hello');
    expect((await getAttachmentFile('f1')).type).toBe('video/mp4');

    const rows = [...(await database.files.toArray()), ...(await database.attachments.toArray()), ...(await database.people.toArray())];
    expect(rows.flatMap((row) => Object.values(row)).filter((value) => value instanceof Blob)).toEqual([]);
    expect(isStoredBytes((await database.attachments.get('f1'))!.thumbnail)).toBe(true);
    expect(same(await bytesOf((await listAttachments('i1'))[0]!.thumbnail!), preview)).toBe(true);
    const [person] = await listPeople();
    expect(same(await bytesOf(person!.photo!), portrait)).toBe(true);
    expect(person!.photo!.type).toBe('image/png');
    expect(await database.settings.get('blobConversionPending')).toBeUndefined();
    // Every stored file is accounted for: present, with the size its record says.
    expect((await verifyLog({ files: 'present' })).differences.filter((difference) => difference.entity === 'file')).toEqual([]);
    database.close();
  });

  it('goes on where it stopped when the conversion is interrupted', async () => {
    await versionThreeDatabase('convert-resume');
    const interrupted = new SporDatabase('convert-resume', { sealed: false });
    // The tab closes (here: a write fails) after the first chunk of the first file.
    // Called on the table the conversion uses (Dexie's open-time handle), so the original put runs on it too.
    const put = interrupted.fileChunks.put;
    let writes = 0;
    vi.spyOn(interrupted.fileChunks, 'put').mockImplementation(function (this: typeof interrupted.fileChunks, ...args) {
      return ++writes === 2 ? Dexie.Promise.reject(new Error('closed')) : put.apply(this, args);
    });
    await expect(interrupted.open()).rejects.toThrow();
    interrupted.close();
    vi.restoreAllMocks();

    const database = new SporDatabase('convert-resume', { sealed: false });
    useDatabase(database);
    await database.open();
    expect(writes).toBe(2);
    expect(same(await bytesOf(await getAttachmentFile('f1')), video)).toBe(true);
    expect(await (await getAttachmentFile('f2')).text()).toBe('hello');
    expect(await database.fileChunks.count()).toBe(4);
    expect(await database.settings.get('blobConversionPending')).toBeUndefined();
    database.close();
  });

  it('a database made at version 4 has nothing to convert', async () => {
    const database = new SporDatabase('convert-none', { sealed: false });
    await database.open();
    expect(await database.settings.get('blobConversionPending')).toBeUndefined();
    database.close();
  });
});
