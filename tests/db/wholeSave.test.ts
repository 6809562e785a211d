import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  ConflictError, FileNotStoredError, getIncident, listAttachments, listRevisions, saveIncident, saveIncidentWithFiles, StorageFullError,
  trashIncident, updateIncident,
} from '../../src/db';
import { listFileIds, storeFileBytes } from '../../src/db/fileBytes';
import { removeUnlinkedFiles } from '../../src/db/unlinkedFiles';
import type { SporDatabase } from '../../src/db/schema';
import { freshDatabase, incidentInput } from '../helpers/db';

// The real byte store, wrapped so one call can meet a full disk.
vi.mock('../../src/db/fileBytes', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/db/fileBytes')>();
  return { ...actual, storeFileBytes: vi.fn(actual.storeFileBytes) };
});

const now = Date.UTC(2026, 10, 1, 12);
const photo = (id: string, size = 100) => ({ id, blob: new Blob([new Uint8Array(size).fill(1)], { type: 'image/jpeg' }), fileName: `${id}.jpg` });

describe('whole saves', () => {
  let database: SporDatabase;
  beforeEach(() => {
    database = freshDatabase();
  });
  afterEach(() => {
    vi.mocked(storeFileBytes).mockClear();
  });

  it('stores a new incident and its files together, under the ids chosen by the draft', async () => {
    const saved = await saveIncidentWithFiles({ id: 'draft-id', baseVersion: 0, input: incidentInput() }, [photo('f1'), photo('f2')], undefined, now);
    expect(saved).toMatchObject({ id: 'draft-id', version: 1, attachmentIds: ['f1', 'f2'] });
    expect((await listAttachments('draft-id')).map((file) => [file.id, file.version])).toEqual([['f1', 1], ['f2', 1]]);
    expect((await listRevisions('draft-id')).map((revision) => revision.action)).toEqual(['create', 'attach', 'attach']);
  });

  it('saving the same draft again (a crash before the draft was discarded) makes no second incident and no second file', async () => {
    await saveIncidentWithFiles({ id: 'draft-id', baseVersion: 0, input: incidentInput({ description: 'x' }) }, [photo('f1')], undefined, now);
    const again = await saveIncidentWithFiles({ id: 'draft-id', baseVersion: 0, input: incidentInput({ description: 'x' }) }, [photo('f1')], undefined, now + 1);
    expect(again).toMatchObject({ version: 1, attachmentIds: ['f1'] });
    expect(await database.incidents.count()).toBe(1);
    expect(await database.attachments.count()).toBe(1);
    expect(await database.files.count()).toBe(1);
    expect((await listRevisions('draft-id')).length).toBe(2);
  });

  it('a file that does not fit leaves nothing: no incident, no attachment, no bytes of the files stored before it', async () => {
    const real = vi.mocked(storeFileBytes).getMockImplementation()!;
    vi.mocked(storeFileBytes).mockImplementationOnce(real).mockRejectedValueOnce(new StorageFullError('full'));
    const attempt = saveIncidentWithFiles({ id: 'n', baseVersion: 0, input: incidentInput() }, [photo('f1'), photo('f2')], undefined, now);
    await expect(attempt).rejects.toBeInstanceOf(FileNotStoredError);
    await expect(attempt).rejects.toMatchObject({ fileName: 'f2.jpg', cause: expect.any(StorageFullError) });
    expect([await database.incidents.count(), await database.attachments.count(), await database.files.count(), await database.revisions.count()]).toEqual([0, 0, 0, 0]);
  });

  it('refuses an edit based on an older version inside the transaction and writes nothing', async () => {
    await saveIncident({ id: 'a', baseVersion: 0, input: incidentInput({ description: 'first' }) }, now);
    await saveIncident({ id: 'a', baseVersion: 1, input: incidentInput({ description: 'tab one' }) }, now + 1);
    const stale = saveIncident({ id: 'a', baseVersion: 1, input: incidentInput({ description: 'tab two' }) }, now + 2);
    await expect(stale).rejects.toBeInstanceOf(ConflictError);
    await expect(stale).rejects.toMatchObject({ current: { description: 'tab one', version: 2 } });
    expect((await getIncident('a'))?.description).toBe('tab one');
    expect((await listRevisions('a')).length).toBe(2);
    // A stale whole save is refused before any file is hashed or stored.
    await expect(saveIncidentWithFiles({ id: 'a', baseVersion: 1, input: incidentInput() }, [photo('late')], undefined, now + 3)).rejects.toBeInstanceOf(ConflictError);
    expect(await database.files.count()).toBe(0);
  });

  it('counts every revision of a record: edits, trash and restore each add one, an unchanged save none', async () => {
    const created = await saveIncident({ id: 'a', baseVersion: 0, input: incidentInput() }, now);
    expect(created.version).toBe(1);
    expect((await updateIncident('a', incidentInput(), now + 1)).version).toBe(1);
    expect((await updateIncident('a', incidentInput({ effect: 'scared' }), now + 2)).version).toBe(2);
    await trashIncident('a', now + 3);
    expect((await getIncident('a'))?.version).toBe(3);
    expect((await database.revisions.where('entityId').equals('a').count())).toBe(3);
  });

  it('removes at start the bytes a crash left unlinked, and keeps every linked file', async () => {
    await saveIncidentWithFiles({ id: 'kept', baseVersion: 0, input: incidentInput() }, [photo('linked')], undefined, now);
    await storeFileBytes('orphan', new Blob(['left by a crash']));
    expect(await removeUnlinkedFiles()).toBe(1);
    expect(await listFileIds()).toEqual(['linked']);
  });
});
