import type { BackupFile, BackupRecords } from '../backup/backupContent';
import type { Instant } from '../domain/types';
import { db } from './database';
import { mapStorageErrors } from './errors';
import { readFileChunks } from './fileBytes';
import { autoLockKey } from './lockKeys';
import { quickExitSiteKey } from './preferences';

// The read side of a backup: one consistent snapshot of every record, the files' facts, and the bytes chunk by chunk.
// Drafts are not backed up (unsaved work of one tab); of the settings only the user's choices are, never the lock's
// keys (they belong to this device) nor bookkeeping rows.

/** Settings a backup carries: choices the user made. */
export const backedUpSettings = [quickExitSiteKey, autoLockKey];
const lastBackupKey = 'lastBackup';

export class FileMissingError extends Error {
  override name = 'FileMissingError';
}

export interface BackupSnapshot {
  records: BackupRecords;
  files: BackupFile[];
}

/** Every record in one read transaction, so the backup is of one moment even while another tab saves. */
export async function readBackupSnapshot(): Promise<BackupSnapshot> {
  return db.transaction('r', [db.incidents, db.attachments, db.people, db.caseDetails, db.revisions, db.heads, db.settings, db.files], async () => {
    const [incidents, attachments, people, caseDetails, revisions, heads, settings] = await Promise.all([
      db.incidents.toArray(), db.attachments.toArray(), db.people.toArray(), db.caseDetails.toArray(),
      db.revisions.orderBy('seq').toArray(), db.heads.toArray(), db.settings.bulkGet(backedUpSettings),
    ]);
    const fileHeads = await db.files.bulkGet(attachments.map((attachment) => attachment.id));
    const files = attachments.map((attachment, index): BackupFile => {
      const head = fileHeads[index];
      if (!head) throw new FileMissingError(attachment.id);
      return { id: attachment.id, size: attachment.size, sha256: attachment.sha256, type: head.type, name: head.name };
    });
    const rows = (list: object[]) => list as Record<string, unknown>[];
    return {
      records: {
        incidents: rows(incidents), attachments: rows(attachments), people: rows(people), caseDetails: rows(caseDetails),
        revisions: rows(revisions), heads: rows(heads), settings: rows(settings.filter((row) => row !== undefined)),
      },
      files,
    };
  });
}

export { readFileChunks as readBackupFile };

export interface BackupStatus {
  lastBackupAt?: Instant;
  /** Incidents written or changed since the last backup (all of them when there was none). */
  newerEntries: number;
  /** Incidents in the log, trash included. */
  entries: number;
}

export async function recordBackupMade(at: Instant = Date.now()): Promise<void> {
  await mapStorageErrors(() => db.settings.put({ key: lastBackupKey, value: { at } }));
}

export async function getBackupStatus(): Promise<BackupStatus> {
  const [row, incidents] = await Promise.all([db.settings.get(lastBackupKey), db.incidents.toArray()]);
  const lastBackupAt = (row?.value as { at?: number } | undefined)?.at;
  const newerEntries = incidents.filter((incident) => lastBackupAt === undefined || Math.max(incident.createdAt, incident.updatedAt) > lastBackupAt).length;
  return { ...(lastBackupAt === undefined ? {} : { lastBackupAt }), newerEntries, entries: incidents.length };
}
