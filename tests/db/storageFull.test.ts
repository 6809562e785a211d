import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addIncident, attachFile, getIncident, listAttachments, listRevisions, StorageFullError } from '../../src/db';
import type { SporDatabase } from '../../src/db/schema';
import { freshDatabase, incidentInput } from '../helpers/db';

const now = Date.UTC(2026, 10, 1, 12);
// Dexie's promise type, as the stubbed table methods return one.
const quotaExceeded = () => Dexie.Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));

describe('attaching a file when the phone is out of storage space', () => {
  let database: SporDatabase;
  beforeEach(() => {
    database = freshDatabase();
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  /** Everything stored about the incident's files and history, to compare before and after a failed attach. */
  async function storedState(incidentId: string) {
    return {
      incident: await getIncident(incidentId),
      attachments: await database.attachments.count(),
      files: await database.files.count(),
      chunks: await database.fileChunks.count(),
      revisions: (await listRevisions(incidentId)).map((revision) => revision.seq),
    };
  }

  async function expectRefusedAndUntouched(incidentId: string) {
    const before = await storedState(incidentId);
    const attempt = attachFile(incidentId, new Blob([new Uint8Array(50_000)], { type: 'video/mp4' }), { fileName: 'video.mp4', now: now + 1 });
    await expect(attempt).rejects.toBeInstanceOf(StorageFullError);
    await expect(attempt).rejects.toMatchObject({ cause: { name: 'QuotaExceededError' } });
    expect(await storedState(incidentId)).toEqual(before);
    expect(before).toMatchObject({ attachments: 0, files: 0, chunks: 0, incident: { attachmentIds: [] } });
    expect(await listAttachments(incidentId)).toEqual([]);
  }

  it('turns the quota failure of the file bytes into StorageFullError and writes nothing', async () => {
    const incident = await addIncident(incidentInput({ description: 'Filmed from the car' }), now);
    vi.spyOn(database.fileChunks, 'put').mockImplementationOnce(quotaExceeded);
    await expectRefusedAndUntouched(incident.id);
    expect(database.fileChunks.put).toHaveBeenCalledTimes(1);
  });

  it('rolls back the bytes and the attachment row already written when the quota runs out at the last write', async () => {
    const incident = await addIncident(incidentInput(), now);
    // The history entry is written after the bytes, the attachment row and the incident's list: all must go.
    vi.spyOn(database.revisions, 'add').mockImplementationOnce(quotaExceeded);
    await expectRefusedAndUntouched(incident.id);
    expect(database.revisions.add).toHaveBeenCalledTimes(1);
  });

  it('stores the file normally once space is free again', async () => {
    const incident = await addIncident(incidentInput(), now);
    vi.spyOn(database.fileChunks, 'put').mockImplementationOnce(quotaExceeded);
    await expect(attachFile(incident.id, new Blob(['x']), { fileName: 'a.txt', now })).rejects.toBeInstanceOf(StorageFullError);
    const attachment = await attachFile(incident.id, new Blob(['x']), { fileName: 'a.txt', now: now + 1 });
    expect((await getIncident(incident.id))?.attachmentIds).toEqual([attachment.id]);
    expect(await database.files.count()).toBe(1);
    expect((await listRevisions(incident.id)).map((revision) => revision.action)).toEqual(['create', 'attach']);
  });
});
