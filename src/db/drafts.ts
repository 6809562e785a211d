import { isStoredBytes } from '../domain/storedBytes';
import { db } from './database';
import { mapStorageErrors } from './errors';
import { fromStoredBytes, isBlob, withBlobsStored } from './chunkStore';
import type { DraftRow } from './schema';

// Drafts survive closing the app mid-entry. Each belongs to one editor session (one tab, see src/app/editorSession.ts),
// so two tabs never write over or throw away each other's drafts; a draft whose session has ended may be adopted.

export interface DraftAddress {
  session: string;
  /** What the draft is of, e.g. `incident:<id>` or `case`. */
  subject: string;
}

export interface DraftSummary extends DraftAddress {
  /** When any part of it was last written. */
  savedAt: number;
}

const rowId = ({ session, subject }: DraftAddress, part: string) => `${session}|${subject}|${part}`;

// Picked files in a draft are kept as stored bytes, not Blobs: a Blob anywhere in a row makes WebKit's private
// sessions refuse the whole row (withBlobsStored).

function withBlobsRestored(value: unknown): unknown {
  if (isStoredBytes(value) || isBlob(value)) return fromStoredBytes(value);
  if (Array.isArray(value)) return value.map(withBlobsRestored);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, withBlobsRestored(inner)]));
  return value;
}

export async function saveDraft<T>(address: DraftAddress, part: string, value: T, now = Date.now()): Promise<void> {
  const stored = await withBlobsStored(value);
  await mapStorageErrors(() => db.drafts.put({ id: rowId(address, part), ...address, part, value: stored, savedAt: now }));
}

export async function loadDraft<T>(address: DraftAddress, part: string): Promise<{ value: T; savedAt: number } | undefined> {
  const row = await db.drafts.get(rowId(address, part));
  return row && { value: withBlobsRestored(row.value) as T, savedAt: row.savedAt };
}

/** Throws away every part of one session's draft of one subject; other sessions' drafts are left alone. */
export async function discardDraft(address: DraftAddress): Promise<void> {
  await db.drafts.where('subject').equals(address.subject).and((row) => row.session === address.session).delete();
}

/** Every draft on the phone (one entry per session and subject), newest first; `subjectPrefix` narrows to e.g. `incident:`. */
export async function listDrafts(subjectPrefix = ''): Promise<DraftSummary[]> {
  const rows = await db.drafts.where('subject').startsWith(subjectPrefix).toArray();
  const byAddress = new Map<string, DraftSummary>();
  for (const { session, subject, savedAt } of rows) {
    const key = `${session}|${subject}`;
    const known = byAddress.get(key);
    if (!known || known.savedAt < savedAt) byAddress.set(key, { session, subject, savedAt });
  }
  return [...byAddress.values()].sort((a, b) => b.savedAt - a.savedAt);
}

/** Moves a draft left by an ended session into `session`, in one transaction, so only one tab can take it. */
export async function adoptDraft(from: DraftAddress, session: string): Promise<boolean> {
  return mapStorageErrors(() =>
    db.transaction('rw', db.drafts, async () => {
      const rows = await db.drafts.where('subject').equals(from.subject).and((row) => row.session === from.session).toArray();
      if (!rows.length) return false; // another tab took it first
      const moved: DraftRow[] = rows.map((row) => ({ ...row, session, id: rowId({ session, subject: row.subject }, row.part) }));
      await db.drafts.bulkDelete(rows.map((row) => row.id));
      await db.drafts.bulkPut(moved);
      return true;
    }),
  );
}
