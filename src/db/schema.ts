import Dexie, { type EntityTable, type Table } from 'dexie';
import type { IssuedHead } from '../domain/integrity/types';
import type { StoredBytes } from '../domain/storedBytes';
import type { Attachment, CaseDetails, Incident, PersonOfConcern, Revision } from '../domain/types';
import { markBlobsForConversion, upgradeToVersion3 } from './migrations';
import { sealingMiddleware } from './sealing';

/** Stored incident: 0/1 `trashed` (an index; before version 5 part of `[trashed+occurredAt]`). */
export interface IncidentRow extends Incident {
  trashed: 0 | 1;
}
/** A stored file's head, written after its last chunk (so a head means the bytes are whole). Before version 4: `blob`. */
export interface FileRow {
  id: string;
  type: string;
  name: string;
  size: number;
  chunkCount: number;
  /** Only in rows from before version 4 that the conversion at open has not reached yet. */
  blob?: Blob;
}
/** One piece (up to 4 MiB) of a stored file's bytes (version 4). */
export interface ChunkRow {
  fileId: string;
  index: number;
  bytes: ArrayBuffer;
}
/** Previews and photos are stored bytes too: a Blob anywhere in a row makes WebKit's private sessions refuse the row. */
export type AttachmentRow = Omit<Attachment, 'thumbnail'> & { thumbnail?: StoredBytes | Blob };
export type PersonRow = Omit<PersonOfConcern, 'photo'> & { photo?: StoredBytes | Blob };
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

/** The database every version up to the app lock's encryption kept in plain; moved into the sealed one (moveToSealed.ts). */
export const plainDatabaseName = 'spor';
/** Where everything lives now: every row sealed with the data key (sealing.ts). */
export const databaseName = 'spor-sealed';

/**
 * The schema is history: versions are appended, never edited. A new version adds `this.version(n+1)`
 * with its stores and an upgrade function, and a migration test from version n.
 */
export class SporDatabase extends Dexie {
  incidents!: EntityTable<IncidentRow, 'id'>;
  attachments!: EntityTable<AttachmentRow, 'id'>;
  files!: EntityTable<FileRow, 'id'>;
  /** File bytes in chunks (version 4). */
  fileChunks!: Table<ChunkRow, [string, number]>;
  people!: EntityTable<PersonRow, 'id'>;
  caseDetails!: EntityTable<CaseRow, 'id'>;
  drafts!: EntityTable<DraftRow, 'id'>;
  revisions!: EntityTable<Revision, 'seq'>;
  settings!: EntityTable<SettingRow, 'key'>;
  /** Heads of the history handed out in reports, bundles and seals (version 2). */
  heads!: EntityTable<IssuedHead, 'id'>;

  /** Whether rows and file chunks are sealed with the data key (every database but the old plain one being moved). */
  readonly sealed: boolean;

  constructor(name = databaseName, { sealed = true } = {}) {
    // Strict durability: a save is reported only once the OS has flushed it (evidence must survive a crash).
    super(name, { chromeTransactionDurability: 'strict' });
    this.sealed = sealed;
    if (sealed) this.use(sealingMiddleware);
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
    // 4: file bytes, previews and photos as ArrayBuffer chunks instead of Blobs. Reading a Blob cannot happen inside
    // the upgrade transaction, so the upgrade only marks the work; each open converts what is left, row by row.
    this.version(4).stores({ fileChunks: '[fileId+index], fileId' }).upgrade(markBlobsForConversion);
    // 5: no index over content, which sealed rows could not offer and which would lie readable beside them (times,
    // kinds, every file's hash). Lists are sorted and filtered in memory after unlock (incidentIndex.ts). The sealed
    // database starts at this version; the plain one reaches it only when it is opened to be moved.
    this.version(5).stores({ incidents: 'id, trashed', attachments: 'id, incidentId', heads: '++id' });
    // Only the old plain database can hold Blobs from before version 4; the conversion loads with it (Dexie waits for it).
    if (!sealed) this.on('ready', async (database) => (await import('./olderDatabase')).convertStoredBlobs(database as SporDatabase));
  }
}
