import type { Instant, RevisionEntity } from '../types';

// What a verification found, in terms a screen and the report can name: record, field, entry number.

export type ChainProblemKind =
  /** Entries are numbered 1, 2, 3...: a gap or a reordering. */
  | 'sequence'
  /** The entry does not point at the hash of the one before it. */
  | 'link'
  /** The entry's own hash does not match its content by its recipe. */
  | 'hash'
  /** Recipe 2: the content does not match the content hash. */
  | 'content'
  /** Content is gone but no "deleted for good" entry names it. */
  | 'erasedWithoutRecord'
  /** The stored entry does not decrypt: changed or damaged outside the app. */
  | 'unreadable';

export interface ChainProblem {
  kind: ChainProblemKind;
  seq: number;
}

/** The user deleted an incident for good: when, and how many entries lost their content. */
export interface Erasure {
  seq: number;
  at: Instant;
  incidentId: string;
  erasedEntries: number;
}

export interface ChainReport {
  count: number;
  headHash: string;
  problems: ChainProblem[];
  erasures: Erasure[];
  /** Recipe-1 entries whose content was erased: their own hash cannot be recomputed, only their place in the chain. */
  unrecomputable: number;
}

export type DifferenceEntity = RevisionEntity | 'file';

export interface Difference {
  entity: DifferenceEntity;
  id: string;
  /** The incident a difference belongs to, so the detail screen and the report can mark it. */
  incidentId?: string;
  /**
   * changed: a stored field differs from what the history says (field names it);
   * missing: the history says the record exists, but it is not stored;
   * unrecorded: the record is stored, but the history never wrote it;
   * bytes: the file's bytes no longer match its SHA-256;
   * unreadable: the stored row does not decrypt (changed or damaged outside the app, or moved from another record).
   */
  problem: 'changed' | 'missing' | 'unrecorded' | 'bytes' | 'unreadable';
  field?: string;
}

export type HeadKind = 'report' | 'bundle' | 'seal';

/** A head handed out of the app: the history had `count` entries, the last with this hash. */
export interface IssuedHead {
  id?: number;
  kind: HeadKind;
  count: number;
  hash: string;
  issuedAt: Instant;
}

export interface HeadProblem {
  head: IssuedHead;
  /** truncated: the history now has fewer entries than the head; rewritten: entry `count` no longer has that hash. */
  problem: 'truncated' | 'rewritten';
}

export type FileCheck = 'hashed' | 'present';

export interface Verification {
  checkedAt: Instant;
  chain: ChainReport;
  differences: Difference[];
  heads: { checked: IssuedHead[]; problems: HeadProblem[] };
  /** How the files were checked: every byte re-hashed, or only that each is present with its recorded size. */
  files: { check: FileCheck; count: number; bytes: number };
  ok: boolean;
}
