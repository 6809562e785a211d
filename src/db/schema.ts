import Dexie, { type EntityTable } from 'dexie';
import type { IssuedHead } from '../domain/integrity/types';
import type { Attachment, CaseDetails, Incident, PersonOfConcern, Revision } from '../domain/types';
import { upgradeToVersion3 } from './migrations';

/** Stored incident: 0/1 `trashed` so one compound index lists the live log by time. */
export interface IncidentRow extends Incident {
  trashed: 0 | 1;
}
export interface FileRow {
  id: string;
  blob: Blob;
}
export interface CaseRow extends CaseDetails {
  id: 'case';
}
/** One part of an editor's draft (`form`, `files`), owned by one editor session (one tab); see drafts.ts. */
export interface DraftRow {
  /** `<session>|<subject>|<part>`. */
  id: string;
  session: string;
  /** What the draft is of, e.g. `incident:<id>` or `case`. */
  subject: string;
  part: string;
  value: unknown;
  savedAt: number;
}
export interface SettingRow {
  key: string;
  value: unknown;
}

export const databaseName = 'spor';

/**
 * The schema is history: versions are appended, never edited. A new version adds `this.version(n+1)`
 * with its stores and an upgrade function, and a migration test from version n.
 */
export class SporDatabase extends Dexie {
  incidents!: EntityTable<IncidentRow, 'id'>;
  attachments!: EntityTable<Attachment, 'id'>;
  files!: EntityTable<FileRow, 'id'>;
  people!: EntityTable<PersonOfConcern, 'id'>;
  caseDetails!: EntityTable<CaseRow, 'id'>;
  drafts!: EntityTable<DraftRow, 'id'>;
  revisions!: EntityTable<Revision, 'seq'>;
  settings!: EntityTable<SettingRow, 'key'>;
  /** Heads of the history handed out in reports, bundles and seals (version 2). */
  heads!: EntityTable<IssuedHead, 'id'>;

  constructor(name = databaseName) {
    // Strict durability: a save is reported only once the OS has flushed it (evidence must survive a crash).
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({
      incidents: 'id, [trashed+occurredAt], kind, updatedAt',
      attachments: 'id, incidentId, sha256',
      files: 'id',
      people: 'id',
      caseDetails: 'id',
      drafts: 'id',
      revisions: 'seq, entityId, incidentId',
      settings: 'key',
    });
    // 2: the heads the app has handed out, so a later rewrite or truncation of the history contradicts one. Nothing to move.
    this.version(2).stores({ heads: '++id, issuedAt' });
    // Version counters on every record, and drafts owned by one editor session.
    this.version(3).stores({ drafts: 'id, session, subject' }).upgrade(upgradeToVersion3);
  }
}
