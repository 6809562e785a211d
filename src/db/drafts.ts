import { isStoredBytes, isStoredFileRef, storedFileIdsIn, type StoredFileRef } from '../domain/storedBytes';
import { db } from './database';
import { mapStorageErrors } from './errors';
import { deleteFileBytes, readFileBytes, storeFileBytes } from './fileBytes';
import { fromStoredBytes, isBlob } from './rowBytes';
import type { DraftRow } from './schema';
import { fileLinking } from './unlinkedFiles';

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

// Picked files in a draft are stored files (sealed 4 MiB chunks, written with Web Crypto outside any transaction), and
// the draft's row refers to them: a row is sealed in one synchronous piece, which took tens of seconds for a video. The
// files of a part are removed when the part no longer names them or its draft is discarded; files no draft names
// (a crash in between) go with the clean-up at start (unlinkedFiles.ts). Drafts written before keep their bytes in
// the row (StoredBytes) and still read back.

/** The stored file already holding a picked file's bytes (written or read by this tab), so autosave does not copy it again. */
const storedCopies = new WeakMap<Blob, string>();

/** `fresh` collects the files stored by this call, so a draft write that fails can take them back. */
async function withFilesStored(value: unknown, reusable: ReadonlySet<string>, fresh: string[]): Promise<unknown> {
  if (isBlob(value)) {
    const known = storedCopies.get(value);
    if (known && reusable.has(known)) return { storedFile: known, type: value.type, size: value.size } satisfies StoredFileRef;
    const storedFile = `draft-file-${crypto.randomUUID()}`;
    fresh.push(storedFile);
    await storeFileBytes(storedFile, value);
    storedCopies.set(value, storedFile);
    return { storedFile, type: value.type, size: value.size } satisfies StoredFileRef;
  }
  // One after another: a failure then leaves no store still under way when the caller takes back `fresh`.
  if (Array.isArray(value)) {
    const stored: unknown[] = [];
    for (const inner of value) stored.push(await withFilesStored(inner, reusable, fresh));
    return stored;
  }
  // By tag, so ArrayBuffers, typed arrays and dates pass through whole rather than as their (empty) entries.
  if (Object.prototype.toString.call(value) === '[object Object]') {
    const stored: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value as object)) stored[key] = await withFilesStored(inner, reusable, fresh);
    return stored;
  }
  return value;
}

async function withFilesRestored(value: unknown): Promise<unknown> {
  if (isStoredFileRef(value)) {
    const blob = await readFileBytes(value.storedFile);
    storedCopies.set(blob, value.storedFile);
    return blob;
  }
  if (isStoredBytes(value) || isBlob(value)) return fromStoredBytes(value);
  if (Array.isArray(value)) return Promise.all(value.map(withFilesRestored));
  if (value && typeof value === 'object') {
    return Object.fromEntries(await Promise.all(Object.entries(value).map(async ([key, inner]) => [key, await withFilesRestored(inner)] as const)));
  }
  return value;
}

// One write at a time per row (autosave may flush twice at once): each write reuses and removes the files of the row
// it replaces, which must be the row the previous write left.
const rowWrites = new Map<string, Promise<void>>();

function oneWriteAtATime(id: string, write: () => Promise<void>): Promise<void> {
  const next = (rowWrites.get(id) ?? Promise.resolve()).catch(() => undefined).then(write);
  rowWrites.set(id, next);
  const forget = () => {
    if (rowWrites.get(id) === next) rowWrites.delete(id);
  };
  next.then(forget, forget);
  return next;
}

function holdsBlob(value: unknown): boolean {
  if (isBlob(value)) return true;
  if (Array.isArray(value)) return value.some(holdsBlob);
  return !!value && typeof value === 'object' && Object.values(value).some(holdsBlob);
}

/** Puts the row in place of the one before it (read in the same transaction); returns the files only that one named. */
function replaceRow(row: DraftRow): Promise<string[]> {
  return mapStorageErrors(() => db.transaction('rw', db.drafts, async () => {
    const replaced = storedFileIdsIn((await db.drafts.get(row.id))?.value);
    await db.drafts.put(row);
    const kept = new Set(storedFileIdsIn(row.value));
    return replaced.filter((file) => !kept.has(file));
  }));
}

export function saveDraft<T>(address: DraftAddress, part: string, value: T, now = Date.now()): Promise<void> {
  const id = rowId(address, part);
  const rowOf = (stored: unknown): DraftRow => ({ id, ...address, part, value: stored, savedAt: now });
  return oneWriteAtATime(id, async () => {
    // With files, under the file-linking lock: the clean-up at start in another tab must not take files before the
    // row names them. Text alone stores no file, and is written at once (locking the app waits for it).
    const dropped = holdsBlob(value)
      ? await fileLinking(async () => {
          const before = storedFileIdsIn((await db.drafts.get(id))?.value);
          const fresh: string[] = [];
          try {
            return await replaceRow(rowOf(await withFilesStored(value, new Set(before), fresh)));
          } catch (error) {
            await deleteFileBytes(fresh).catch(() => undefined); // a full disk: the files of a draft never written go again
            throw error;
          }
        })
      : await replaceRow(rowOf(value));
    await deleteFileBytes(dropped);
  });
}

export async function loadDraft<T>(address: DraftAddress, part: string): Promise<{ value: T; savedAt: number } | undefined> {
  const row = await db.drafts.get(rowId(address, part));
  return row && { value: (await withFilesRestored(row.value)) as T, savedAt: row.savedAt };
}

/** A part as stored, its files not read (each stands as its stored reference): for lists that only count what a draft holds. */
export async function peekDraft(address: DraftAddress, part: string): Promise<{ value: unknown; savedAt: number } | undefined> {
  const row = await db.drafts.get(rowId(address, part));
  return row && { value: row.value, savedAt: row.savedAt };
}

/** Throws away every part of one session's draft of one subject, and its files; other sessions' drafts are left alone. */
export async function discardDraft(address: DraftAddress): Promise<void> {
  const files = await db.transaction('rw', db.drafts, async () => {
    const rows = await db.drafts.where('subject').equals(address.subject).and((row) => row.session === address.session).toArray();
    await db.drafts.bulkDelete(rows.map((row) => row.id));
    return rows.flatMap((row) => storedFileIdsIn(row.value));
  });
  await deleteFileBytes(files);
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
