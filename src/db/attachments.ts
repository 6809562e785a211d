import { sha256OfBlob } from '../crypto/sha256';
import type { Attachment, Instant } from '../domain/types';
import { readExifCaptureTime } from '../evidence/captureTime';
import { readContentType } from '../evidence/contentType';
import { makeThumbnail } from '../evidence/thumbnail';
import { db } from './database';
import { mapStorageErrors, NotFoundError } from './errors';
import { appendRevision } from './revisions';

export interface AttachOptions {
  /** Overrides for a Blob that is not a File (tests, drafts). */
  fileName?: string;
  lastModified?: number;
  onProgress?: (bytesHashed: number, total: number) => void;
  now?: Instant;
}

const recordedFacts = ['fileName', 'mimeType', 'size', 'sha256', 'capturedAt', 'capturedAtSource'] as const;

/** Stores one piece of evidence with its facts (hash, capture time, preview) in one transaction. */
export async function attachFile(incidentId: string, file: Blob, options: AttachOptions = {}): Promise<Attachment> {
  const named = file as Partial<File>;
  const fileName = options.fileName ?? named.name ?? 'file';
  const lastModified = options.lastModified ?? named.lastModified;
  const sha256 = await sha256OfBlob(file, (done) => options.onProgress?.(done, file.size));
  // The type comes from the bytes: a name (or the browser's guess from it) can claim anything.
  const mimeType = await readContentType(file);
  const exifTime = await readExifCaptureTime(file, mimeType);
  const thumbnail = await makeThumbnail(file, mimeType);
  const now = options.now ?? Date.now();
  const attachment: Attachment = {
    id: crypto.randomUUID(),
    incidentId,
    fileName,
    mimeType,
    size: file.size,
    sha256,
    addedAt: now,
    ...(exifTime !== undefined
      ? { capturedAt: exifTime.at, capturedAtSource: 'exif' as const, ...(exifTime.localTime ? { capturedLocalTime: exifTime.localTime } : {}) }
      : lastModified
        ? { capturedAt: lastModified, capturedAtSource: 'file' as const }
        : {}),
    ...(thumbnail ? { thumbnail } : {}),
  };
  await mapStorageErrors(() =>
    db.transaction('rw', [db.incidents, db.attachments, db.files, db.revisions], async () => {
      const incident = await db.incidents.get(incidentId);
      if (!incident) throw new NotFoundError(incidentId);
      await db.files.add({ id: attachment.id, blob: file });
      await db.attachments.add(attachment);
      await db.incidents.update(incidentId, { attachmentIds: [...incident.attachmentIds, attachment.id] });
      await appendRevision({
        action: 'attach', entity: 'attachment', entityId: attachment.id, incidentId, at: now,
        changes: recordedFacts.filter((field) => attachment[field] !== undefined).map((field) => ({ field, after: attachment[field] })),
      });
    }),
  );
  return attachment;
}

/** Attachments of one incident in the order they were added (metadata and previews only). */
export async function listAttachments(incidentId: string): Promise<Attachment[]> {
  const incident = await db.incidents.get(incidentId);
  if (!incident) return [];
  const rows = await db.attachments.bulkGet(incident.attachmentIds);
  return rows.filter((row): row is Attachment => !!row);
}

/** The original bytes, exactly as added. */
export async function getAttachmentFile(id: string): Promise<Blob> {
  const row = await db.files.get(id);
  if (!row) throw new NotFoundError(id);
  return row.blob;
}

/** Removes one attachment for good (the screen asks first); the history keeps its name and hash. */
export async function removeAttachment(id: string, now: Instant = Date.now()): Promise<void> {
  await mapStorageErrors(() =>
    db.transaction('rw', [db.incidents, db.attachments, db.files, db.revisions], async () => {
      const attachment = await db.attachments.get(id);
      if (!attachment) throw new NotFoundError(id);
      const incident = await db.incidents.get(attachment.incidentId);
      if (incident) {
        await db.incidents.update(incident.id, { attachmentIds: incident.attachmentIds.filter((other) => other !== id) });
      }
      await db.attachments.delete(id);
      await db.files.delete(id);
      await appendRevision({
        action: 'detach', entity: 'attachment', entityId: id, incidentId: attachment.incidentId, at: now,
        changes: [{ field: 'fileName', before: attachment.fileName }, { field: 'sha256', before: attachment.sha256 }],
      });
    }),
  );
}
