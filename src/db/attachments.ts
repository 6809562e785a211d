import { sha256OfBlob } from '../crypto/sha256';
import type { Attachment, Instant } from '../domain/types';
import { readExifCaptureTime } from '../evidence/captureTime';
import { readContentType } from '../evidence/contentType';
import { makeThumbnail } from '../evidence/thumbnail';
import { db } from './database';
import { mapStorageErrors, NotFoundError } from './errors';
import { fromStoredBytes, toStoredBytes } from './rowBytes';
import { deleteFileBytes, hasFileBytes, readFileBytes, storeFileBytes } from './fileBytes';
import type { AttachmentRow } from './schema';
import { appendRevision } from './revisions';
import { fileLinking } from './unlinkedFiles';

export interface AttachOptions {
  /** Chosen by the caller when the file was picked, so linking the same file twice adds it once. */
  id?: string;
  /** Overrides for a Blob that is not a File (tests, drafts). */
  fileName?: string;
  lastModified?: number;
  onProgress?: (bytesHashed: number, total: number) => void;
  now?: Instant;
}

/** An attachment whose bytes are stored and whose facts are known, waiting to be linked to its incident. */
export type PreparedAttachment = Omit<AttachmentRow, 'incidentId' | 'version'>;

const recordedFacts = ['fileName', 'mimeType', 'size', 'sha256', 'capturedAt', 'capturedAtSource', 'recordedUntil'] as const;

/** Reads the facts of a file (SHA-256 in chunks, capture time, preview) and stores its bytes; nothing is linked yet. */
export async function prepareAttachment(file: Blob, options: AttachOptions = {}): Promise<PreparedAttachment> {
  const named = file as Partial<File>;
  const lastModified = options.lastModified ?? named.lastModified;
  const sha256 = await sha256OfBlob(file, (done) => options.onProgress?.(done, file.size));
  // The type comes from the bytes: a name (or the browser's guess from it) can claim anything.
  const mimeType = await readContentType(file);
  const exifTime = await readExifCaptureTime(file, mimeType);
  const thumbnail = await makeThumbnail(file, mimeType);
  const prepared: PreparedAttachment = {
    id: options.id ?? crypto.randomUUID(),
    fileName: options.fileName ?? named.name ?? 'file',
    mimeType,
    size: file.size,
    sha256,
    addedAt: options.now ?? Date.now(),
    ...(exifTime !== undefined
      ? { capturedAt: exifTime.at, capturedAtSource: 'exif' as const, ...(exifTime.localTime ? { capturedLocalTime: exifTime.localTime } : {}) }
      : lastModified
        ? { capturedAt: lastModified, capturedAtSource: 'file' as const }
        : {}),
    ...(thumbnail ? { thumbnail: await toStoredBytes(thumbnail) } : {}),
  };
  await storeFileBytes(prepared.id, file, { name: prepared.fileName, type: mimeType });
  return prepared;
}

/**
 * Links prepared attachments to an incident. Must run inside a read-write transaction over incidents, attachments,
 * files and revisions. An attachment already linked (a save repeated after a crash) is skipped: linking is idempotent.
 */
export async function linkAttachments(incidentId: string, prepared: PreparedAttachment[], now: Instant): Promise<string[]> {
  const incident = await db.incidents.get(incidentId);
  if (!incident) throw new NotFoundError(incidentId);
  const linked = [...incident.attachmentIds];
  for (const facts of prepared) {
    if (await db.attachments.get(facts.id)) continue;
    if (!(await hasFileBytes(facts.id))) throw new NotFoundError(facts.id); // bytes removed under us: link nothing
    const attachment: AttachmentRow = { ...facts, incidentId, addedAt: now, version: 1 };
    await db.attachments.add(attachment);
    linked.push(attachment.id);
    await appendRevision({
      action: 'attach', entity: 'attachment', entityId: attachment.id, incidentId, at: now,
      changes: recordedFacts.filter((field) => attachment[field] !== undefined).map((field) => ({ field, after: attachment[field] })),
    });
  }
  if (linked.length !== incident.attachmentIds.length) await db.incidents.update(incidentId, { attachmentIds: linked });
  return linked;
}

export const linkingTables = () => [db.incidents, db.attachments, db.files, db.fileChunks, db.revisions];

/** Adds one file to a stored incident: bytes first, then one short transaction links it (or the bytes are removed). */
export async function attachFile(incidentId: string, file: Blob, options: AttachOptions = {}): Promise<Attachment> {
  const now = options.now ?? Date.now();
  if (!(await db.incidents.get(incidentId))) throw new NotFoundError(incidentId);
  return fileLinking(async () => {
    const prepared = await prepareAttachment(file, { ...options, now });
    try {
      await mapStorageErrors(() => db.transaction('rw', linkingTables(), () => linkAttachments(incidentId, [prepared], now)));
    } catch (error) {
      await deleteFileBytes([prepared.id]).catch(() => undefined); // left behind, start-up would remove them
      throw error;
    }
    return attachmentFromRow((await db.attachments.get(prepared.id))!);
  });
}

/** Attachments of one incident in the order they were added (metadata and previews only). */
export async function listAttachments(incidentId: string): Promise<Attachment[]> {
  const incident = await db.incidents.get(incidentId);
  if (!incident) return [];
  const rows = await db.attachments.bulkGet(incident.attachmentIds);
  return rows.filter((row): row is AttachmentRow => !!row).map(attachmentFromRow);
}

/** A stored attachment as the app uses it: its preview as a Blob. */
export function attachmentFromRow({ thumbnail, ...facts }: AttachmentRow): Attachment {
  return thumbnail ? { ...facts, thumbnail: fromStoredBytes(thumbnail) } : facts;
}

/** The original bytes, exactly as added. */
export function getAttachmentFile(id: string): Promise<Blob> {
  return readFileBytes(id);
}

/** Removes one attachment for good (the screen asks first); the history keeps its name and hash. */
export async function removeAttachment(id: string, now: Instant = Date.now()): Promise<void> {
  await mapStorageErrors(() =>
    db.transaction('rw', [db.incidents, db.attachments, db.files, db.fileChunks, db.revisions], async () => {
      const attachment = await db.attachments.get(id);
      if (!attachment) throw new NotFoundError(id);
      const incident = await db.incidents.get(attachment.incidentId);
      if (incident) {
        await db.incidents.update(incident.id, { attachmentIds: incident.attachmentIds.filter((other) => other !== id) });
      }
      await db.attachments.delete(id);
      await deleteFileBytes([id]);
      await appendRevision({
        action: 'detach', entity: 'attachment', entityId: id, incidentId: attachment.incidentId, at: now,
        changes: [{ field: 'fileName', before: attachment.fileName }, { field: 'sha256', before: attachment.sha256 }],
      });
    }),
  );
}
