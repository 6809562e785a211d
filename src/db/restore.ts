import type { BackupFile } from '../backup/backupContent';
import type { OpenedBackup } from '../backup/readBackup';
import { caseNoteKey, planRestore, type CaseDifference, type ImportedRecord, type LocalRecords, type RestorePlan, type RestoreSummary } from '../backup/restorePlan';
import { importedFromField, keptHereField } from '../domain/integrity/replay';
import type { Revision } from '../domain/types';
import { backedUpSettings } from './backupData';
import { ChunkWriter } from './chunkStore';
import { db } from './database';
import { mapStorageErrors } from './errors';
import { deleteFileBytes } from './fileBytes';
import { appendRevision, diffFields } from './revisions';
import type { AttachmentRow, CaseRow, IncidentRow, PersonRow } from './schema';
import { fileLinking } from './unlinkedFiles';

// The write side of a restore, in one pass over the backup (src/backup/readBackup.ts): its passphrase, format, records
// and history are checked before anything is written. File bytes are then written, each under an id no record links
// yet, and checked against their SHA-256 as they pass; only when every file matched and the content ended where it
// should does one transaction write every record and its history and clear the progress row. A failure removes the
// bytes again. A page closed before that commit leaves only unlinked bytes and the progress row: at the next
// start `rollBackInterruptedRestore` deletes them, so the log is as it was before (never half restored).

const progressKey = 'restoreInProgress';
/** The case record's one id. */
const caseId = 'case';
/** Held by the tab restoring, so another tab's start-up does not roll back a restore still running. */
const restoreLockName = 'spor-restore';

function withRestoreLock<T>(work: () => Promise<T>, ifAvailable = false): Promise<T | undefined> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (!locks) return work();
  return locks.request(restoreLockName, { ifAvailable }, (lock): Promise<T | undefined> => (lock ? work() : Promise.resolve(undefined))) as Promise<T | undefined>;
}

interface RestoreProgress {
  backupId: string;
  /** File ids written (or about to be) by this restore; none is linked until the commit. */
  fileIds: string[];
  startedAt: number;
}

/** The log changed between planning and committing (another tab saved): nothing was restored. */
export class LogChangedError extends Error {
  override name = 'LogChangedError';
}

export interface RestoreProgressReport {
  stage: 'files' | 'records';
  done: number;
  total: number;
}

/** What `importedFrom` holds in an entry that noted the backup's differing case details (keptHere set). */
type CaseNoteSource = { [keptHereField]?: CaseDifference[] };

async function readLocalRecords(): Promise<LocalRecords> {
  return db.transaction('r', [db.incidents, db.attachments, db.people, db.caseDetails, db.revisions, db.settings], async () => {
    const [incidents, attachments, people, caseDetails, revisionCount, settingKeys, caseHistory] = await Promise.all([
      db.incidents.toArray(), db.attachments.toArray(), db.people.toArray(), db.caseDetails.toArray(),
      db.revisions.count(), db.settings.toCollection().primaryKeys(), db.revisions.where('entityId').equals(caseId).toArray(),
    ]);
    const caseNotes = caseHistory.filter((revision) => revision.action === 'import').flatMap((revision) => {
      const noted = (revision.changes.find((change) => change.field === importedFromField)?.after as CaseNoteSource | undefined)?.[keptHereField];
      return noted ? [caseNoteKey(noted)] : [];
    });
    const rows = (list: object[]) => list as Record<string, unknown>[];
    return {
      incidents: rows(incidents), attachments: rows(attachments), people: rows(people), caseDetails: rows(caseDetails), revisionCount,
      settingKeys: settingKeys as string[], caseNotes,
    };
  });
}

const tableOf = {
  incident: () => db.incidents,
  attachment: () => db.attachments,
  person: () => db.people,
  case: () => db.caseDetails,
} as const;

/** Adds one record that came in, with its `import` revision: the whole record, and where it came from. */
async function importRecord(plan: RestorePlan, imported: ImportedRecord, at: number): Promise<void> {
  const { entity, row, incidentId, copyOf } = imported;
  await (tableOf[entity]() as unknown as { add(row: object): Promise<unknown> }).add(row);
  const changes = diffFields(undefined, row, ['id', 'version', 'thumbnail']);
  changes.push({ field: importedFromField, after: { backupId: plan.backupId, backupCreatedAt: plan.backupCreatedAt, ...(copyOf ? { copyOf } : {}) } });
  await appendRevision({ action: 'import', entity, entityId: String(row.id), ...(incidentId ? { incidentId } : {}), changes, at });
}

/**
 * The case record exists once: the one here stays, and the backup's differing values go into its history as an
 * `import` entry that changes nothing (replay skips it), so nothing of either is lost. The entry counts as one of the
 * record's revisions, so its save counter moves on with it.
 */
async function noteCaseDifferences(plan: RestorePlan, differences: CaseDifference[], at: number): Promise<void> {
  const kept = await db.caseDetails.get(caseId);
  if (!kept) throw new LogChangedError('the case record went away during the restore');
  await db.caseDetails.put({ ...kept, version: kept.version + 1 });
  const source = { backupId: plan.backupId, backupCreatedAt: plan.backupCreatedAt, [keptHereField]: differences };
  await appendRevision({ action: 'import', entity: 'case', entityId: caseId, changes: [{ field: importedFromField, after: source }], at });
}

async function commit(plan: RestorePlan, expectedRevisions: number, at: number): Promise<void> {
  const tables = [db.incidents, db.attachments, db.people, db.caseDetails, db.revisions, db.heads, db.settings];
  await mapStorageErrors(() => db.transaction('rw', tables, async () => {
    const progress = (await db.settings.get(progressKey))?.value as RestoreProgress | undefined;
    if (progress?.backupId !== plan.backupId || (await db.revisions.count()) !== expectedRevisions) throw new LogChangedError('the log changed during the restore');
    if (plan.mode === 'empty' && plan.rows) {
      const { incidents, attachments, people, caseDetails, revisions, heads } = plan.rows;
      await db.incidents.bulkAdd(incidents as unknown as IncidentRow[]);
      await db.attachments.bulkAdd(attachments as unknown as AttachmentRow[]);
      await db.people.bulkAdd(people as unknown as PersonRow[]);
      await db.caseDetails.bulkAdd(caseDetails as unknown as CaseRow[]);
      await db.revisions.bulkAdd(revisions as unknown as Revision[]);
      await db.heads.bulkAdd(heads as never[]);
    }
    for (const imported of plan.imports) await importRecord(plan, imported, at);
    if (plan.caseNote) await noteCaseDifferences(plan, plan.caseNote, at);
    // Only the user's choices, whatever a file claims to hold: never a key ring or a device key.
    const settings = plan.settings.filter((row) => backedUpSettings.includes(String(row.key)));
    await db.settings.bulkPut(settings.map((row) => ({ key: String(row.key), value: row.value })));
    await db.settings.delete(progressKey);
  }));
}

/**
 * Restores an opened backup: into an empty log as it is, into a log with entries by the merge rules (restorePlan.ts).
 * Holds the file-linking lock throughout, so the clean-up at start in another tab never removes bytes in flight.
 */
export async function restoreBackup(backup: OpenedBackup, options: { onProgress?: (progress: RestoreProgressReport) => void; now?: number } = {}): Promise<RestoreSummary> {
  return (await withRestoreLock(() => fileLinking(() => restoreLocked(backup, options))))!;
}

async function restoreLocked(backup: OpenedBackup, options: { onProgress?: (progress: RestoreProgressReport) => void; now?: number }): Promise<RestoreSummary> {
  const local = await readLocalRecords();
  const plan = planRestore(backup.records, backup.manifest, local, () => crypto.randomUUID());
  const targets = new Map(plan.files.map((file) => [file.sourceId, file.targetId]));
  const progress: RestoreProgress = { backupId: plan.backupId, fileIds: [...targets.values()], startedAt: options.now ?? Date.now() };
  await mapStorageErrors(() => db.settings.put({ key: progressKey, value: progress }));
  const writer = new ChunkWriter(db);
  try {
    const want = (file: BackupFile) => targets.has(file.id);
    const report = (done: number, total: number) => options.onProgress?.({ stage: 'files', done, total });
    // Each file's bytes are checked against its SHA-256 as they pass; nothing is linked before every one matched.
    for await (const { file, bytes } of backup.readFiles(want, report)) await writer.store(targets.get(file.id)!, bytes, file.name, file.type);
    await writer.finish();
    options.onProgress?.({ stage: 'records', done: 0, total: 1 });
    await commit(plan, local.revisionCount, options.now ?? Date.now());
    options.onProgress?.({ stage: 'records', done: 1, total: 1 });
  } catch (error) {
    await writer.settle();
    await rollBack(progress);
    throw error;
  }
  return plan.summary;
}

/** Deletes what an unfinished restore wrote (bytes no record links) and its progress row. */
async function rollBack(progress: RestoreProgress): Promise<void> {
  const linked = new Set(await db.attachments.where('id').anyOf(progress.fileIds).primaryKeys());
  await deleteFileBytes(progress.fileIds.filter((id) => !linked.has(id)));
  await db.settings.delete(progressKey);
}

/** At start: a restore the page was closed in the middle of is rolled back whole; true when there was one. */
export async function rollBackInterruptedRestore(): Promise<boolean> {
  const rolledBack = await withRestoreLock(async () => {
    const progress = (await db.settings.get(progressKey))?.value as RestoreProgress | undefined;
    if (!progress) return false;
    await fileLinking(() => rollBack(progress));
    return true;
  }, true);
  return rolledBack ?? false;
}
