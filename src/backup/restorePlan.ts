import { canonicalJson } from '../crypto/sha256';
import { recordable } from '../domain/integrity/recipes';
import type { BackupManifest, BackupRecords } from './backupContent';

// What a restore writes, decided before anything is written (pure). Into an empty log the backup comes in as it is,
// its history included. Into a log with entries it merges by id: a record the log lacks comes in under its own id; an
// identical one is skipped; a differing one comes in as a copy under a new id beside the one kept here. Each record
// that comes in gets one `import` revision appended to the local history (see README.md).

type Row = Record<string, unknown>;

export type ImportedEntity = 'incident' | 'attachment' | 'person' | 'case';

export interface ImportedRecord {
  entity: ImportedEntity;
  row: Row;
  incidentId?: string;
  /** Set on a copy: the id of the record kept here, and the fields in which the backup's version differs. */
  copyOf?: { id: string; differingFields: string[] };
}

/** A field in which the backup's case record differs from the one kept here: both values, as the history records them. */
export interface CaseDifference {
  field: string;
  here: unknown;
  backup: unknown;
}

export interface RestorePlan {
  mode: 'empty' | 'merge';
  backupId: string;
  backupCreatedAt: number;
  /** Empty mode: every row as it is, by store. */
  rows?: BackupRecords;
  /** Merge mode: records to bring in, in order (an incident before its attachments). */
  imports: ImportedRecord[];
  /** Settings the log does not have yet (a restore never replaces one). */
  settings: Row[];
  /** The backup's case record differs from the one kept here, and no earlier restore noted this difference yet. */
  caseNote?: CaseDifference[];
  /** File bytes to write: the backup's file `sourceId` stored as `targetId`. */
  files: { sourceId: string; targetId: string }[];
  summary: RestoreSummary;
}

export interface RestoreSummary {
  /** Records the log did not hold. */
  added: number;
  /** Records the log already held exactly so. */
  identical: number;
  /** Records that differ from the log's: kept both, the backup's as a copy. */
  keptBoth: number;
  /** Where the backup's case details differ from those here (which were kept); empty when they do not. */
  caseDifferences: CaseDifference[];
}

export interface LocalRecords {
  incidents: Row[];
  attachments: Row[];
  people: Row[];
  caseDetails: Row[];
  revisionCount: number;
  settingKeys: string[];
  /** `caseNoteKey` of every case difference an earlier restore recorded, so restoring again adds no second note. */
  caseNotes: string[];
}

/** Fields that are not the record itself: the save counter and a preview made from the file. */
const notCompared = new Set(['version', 'thumbnail']);

function comparable(row: Row): string {
  return canonicalJson(Object.fromEntries(Object.entries(row).filter(([field]) => !notCompared.has(field)).map(([field, value]) => [field, recordable(value)])));
}

/** A record's content apart from its ids: an earlier restore's copy of it matches, so restoring again adds no second copy. */
function contentKey(row: Row, attachments: Row[] = []): string {
  const strip = (record: Row) => Object.fromEntries(Object.entries(record).filter(([field]) => !['id', 'incidentId', 'attachmentIds'].includes(field)));
  return comparable(strip(row)) + attachments.map((attachment) => comparable(strip(attachment))).join('');
}

function differingFields(kept: Row, incoming: Row): string[] {
  const fields = new Set([...Object.keys(kept), ...Object.keys(incoming)]);
  return [...fields].filter((field) => !notCompared.has(field) && canonicalJson(recordable(kept[field])) !== canonicalJson(recordable(incoming[field]))).sort();
}

/** Identifies a noted case difference, whatever backup it came from. */
export function caseNoteKey(differences: CaseDifference[]): string {
  return canonicalJson(differences);
}

function byId(rows: Row[]): Map<string, Row> {
  return new Map(rows.map((row) => [String(row.id), row]));
}

export function isEmptyLog(local: LocalRecords): boolean {
  return !local.revisionCount && !local.incidents.length && !local.attachments.length && !local.people.length && !local.caseDetails.length;
}

export function planRestore(backup: BackupRecords, manifest: BackupManifest, local: LocalRecords, newId: () => string): RestorePlan {
  const base = { backupId: manifest.backupId, backupCreatedAt: manifest.createdAt };
  if (isEmptyLog(local)) {
    const files = manifest.files.map((file) => ({ sourceId: file.id, targetId: file.id }));
    const added = backup.incidents.length + backup.attachments.length + backup.people.length + backup.caseDetails.length;
    const settingKeys = new Set(local.settingKeys);
    const settings = backup.settings.filter((row) => !settingKeys.has(String(row.key)));
    return { ...base, mode: 'empty', rows: backup, imports: [], settings, files, summary: { added, identical: 0, keptBoth: 0, caseDifferences: [] } };
  }
  const summary: RestoreSummary = { added: 0, identical: 0, keptBoth: 0, caseDifferences: [] };
  const imports: ImportedRecord[] = [];
  const files: RestorePlan['files'] = [];
  const localIncidents = byId(local.incidents);
  const localAttachments = byId(local.attachments);
  const backupAttachments = byId(backup.attachments);

  const attachmentsOf = (incident: Row, from: Map<string, Row>) =>
    ((incident.attachmentIds ?? []) as string[]).map((attachmentId) => from.get(attachmentId)).filter((row): row is Row => !!row);
  const localIncidentContent = new Set(local.incidents.map((incident) => contentKey(incident, attachmentsOf(incident, localAttachments))));
  for (const incident of backup.incidents) {
    const id = String(incident.id);
    const attachments = attachmentsOf(incident, backupAttachments);
    const kept = localIncidents.get(id);
    if (kept && localIncidentContent.has(contentKey(incident, attachments))) {
      summary.identical += 1 + attachments.length;
      continue;
    }
    // A differing incident, or one whose file ids are taken here, comes in whole under new ids.
    const asCopy = !!kept || attachments.some((attachment) => localAttachments.has(String(attachment.id)));
    const incidentId = asCopy ? newId() : id;
    const attachmentIds = attachments.map((attachment) => (asCopy ? newId() : String(attachment.id)));
    imports.push({
      entity: 'incident', incidentId, row: { ...incident, id: incidentId, attachmentIds, version: 1 },
      ...(kept ? { copyOf: { id, differingFields: differingFields(kept, incident) } } : {}),
    });
    attachments.forEach((attachment, index) => {
      const targetId = attachmentIds[index]!;
      imports.push({ entity: 'attachment', incidentId, row: { ...attachment, id: targetId, incidentId, version: 1 } });
      files.push({ sourceId: String(attachment.id), targetId });
    });
    if (kept) summary.keptBoth += 1 + attachments.length;
    else summary.added += 1 + attachments.length;
  }

  const localPeople = byId(local.people);
  const localPeopleContent = new Set(local.people.map((person) => contentKey(person)));
  for (const person of backup.people) {
    const id = String(person.id);
    const kept = localPeople.get(id);
    if (kept && localPeopleContent.has(contentKey(person))) summary.identical += 1;
    else if (kept) {
      const copyId = newId();
      imports.push({ entity: 'person', row: { ...person, id: copyId, version: 1 }, copyOf: { id, differingFields: differingFields(kept, person) } });
      summary.keptBoth += 1;
    } else {
      imports.push({ entity: 'person', row: { ...person, version: 1 } });
      summary.added += 1;
    }
  }

  const backupCase = backup.caseDetails[0];
  const localCase = local.caseDetails[0];
  if (backupCase && !localCase) {
    imports.push({ entity: 'case', row: { ...backupCase, version: 1 } });
    summary.added += 1;
  } else if (backupCase && localCase) {
    // One case record only: the one here stays; the backup's differing values go into its history (see README.md).
    summary.caseDifferences = differingFields(localCase, backupCase)
      .map((field) => ({ field, here: recordable(localCase[field]), backup: recordable(backupCase[field]) }));
    if (!summary.caseDifferences.length) summary.identical += 1;
  }
  const noted = summary.caseDifferences.length > 0 && local.caseNotes.includes(caseNoteKey(summary.caseDifferences));

  const settingKeys = new Set(local.settingKeys);
  const settings = backup.settings.filter((row) => !settingKeys.has(String(row.key)));
  return { ...base, mode: 'merge', imports, settings, files, summary, ...(summary.caseDifferences.length && !noted ? { caseNote: summary.caseDifferences } : {}) };
}
