import type { Incident, Instant } from '../domain/types';
import { validateIncident } from '../domain/validation';
import { prepareAttachment, type PreparedAttachment } from './attachments';
import { db } from './database';
import { ConflictError, FileNotStoredError, ValidationError } from './saveErrors';
import { deleteFileBytes } from './fileBytes';
import { saveIncident, type IncidentSave } from './incidents';
import { toIncident } from './incidentQueries';
import { fileLinking } from './unlinkedFiles';

export interface NewFile {
  /** Chosen when the file was picked; becomes the attachment's id, so a repeated save links it once. */
  id: string;
  blob: Blob;
  fileName: string;
  lastModified?: number;
}

/**
 * A whole save: the text and every new file, or nothing. File bytes are stored first (hashed in chunks, with
 * progress), then one short transaction writes the incident and links them all. If anything fails, the bytes of this
 * attempt are removed again; a crash in between leaves only unlinked bytes, which start-up removes (unlinkedFiles.ts).
 */
export async function saveIncidentWithFiles(
  save: Omit<IncidentSave, 'attachments'>,
  files: NewFile[],
  onProgress?: (fileId: string, done: number, total: number) => void,
  now: Instant = Date.now(),
): Promise<Incident> {
  const problems = validateIncident(save.input, now);
  if (problems.length) throw new ValidationError(problems);
  // Refuse a stale edit before spending minutes on a large file; saveIncident checks again inside its transaction.
  const stored = await db.incidents.get(save.id);
  if (stored && stored.version !== Math.max(1, save.baseVersion)) throw new ConflictError(toIncident(stored));
  return fileLinking(async () => {
    const prepared: PreparedAttachment[] = [];
    try {
      for (const file of files) {
        try {
          prepared.push(await prepareAttachment(file.blob, {
            id: file.id, fileName: file.fileName, lastModified: file.lastModified, now,
            onProgress: (done, total) => onProgress?.(file.id, done, total),
          }));
        } catch (error) {
          throw new FileNotStoredError(file.fileName, file.id, { cause: error });
        }
      }
      return await saveIncident({ ...save, attachments: prepared }, now);
    } catch (error) {
      await removeUnlinked(prepared.map((file) => file.id)).catch(() => undefined);
      throw error;
    }
  });
}

/** Bytes of this attempt that no attachment links (a file already linked by an earlier save stays). */
async function removeUnlinked(ids: string[]): Promise<void> {
  const linked = await db.attachments.bulkGet(ids);
  await deleteFileBytes(ids.filter((_, index) => !linked[index]));
}
