import type { Instant } from '../domain/types';
import { db } from './database';
import { deleteFileBytes } from './fileBytes';
import { mapStorageErrors, NotFoundError } from './errors';
import { appendRevision } from './revisions';

/**
 * Deletes an incident in the trash for good: its record, its files' records and bytes, and the content of every
 * history entry about it. The entries themselves stay (metadata, content hash), so the chain still verifies, and one
 * new entry records that the user erased them, naming only their numbers and how many files went.
 */
export async function eraseIncident(id: string, now: Instant = Date.now()): Promise<void> {
  await mapStorageErrors(() =>
    db.transaction('rw', [db.incidents, db.attachments, db.files, db.fileChunks, db.revisions, db.drafts], async () => {
      const incident = await db.incidents.get(id);
      if (!incident) throw new NotFoundError(id);
      if (!incident.trashed) throw new Error('Only an incident in the trash can be deleted for good.');
      const attachmentIds = await db.attachments.where('incidentId').equals(id).primaryKeys();
      const entries = await db.revisions.where('incidentId').equals(id).toArray();
      for (const entry of entries) {
        const { contentSalt: _salt, ...kept } = entry;
        await db.revisions.put({ ...kept, changes: [], erasedAt: now });
      }
      await deleteFileBytes(attachmentIds);
      await db.attachments.bulkDelete(attachmentIds);
      await db.incidents.delete(id);
      await db.drafts.where('subject').equals(`incident:${id}`).delete(); // every tab's draft of it
      await appendRevision({
        action: 'erase', entity: 'incident', entityId: id, incidentId: id, at: now,
        changes: [
          { field: 'erasedEntries', after: entries.map((entry) => entry.seq).sort((a, b) => a - b) },
          { field: 'files', after: attachmentIds.length },
        ],
      });
    }),
  );
}
