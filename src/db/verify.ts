import { sha256OfChunks } from '../crypto/fileHash';
import { checkEntry, walkChain } from '../domain/integrity/chain';
import { genesisHash } from '../domain/integrity/recipes';
import { compareRecords, type StoredRecords } from '../domain/integrity/compare';
import { checkHeads, checkSeal, type SealVerdict } from '../domain/integrity/heads';
import { replay, type ReplayedRecord } from '../domain/integrity/replay';
import type { ChainProblem, ChainReport, Difference, FileCheck, HeadProblem, Verification } from '../domain/integrity/types';
import type { Instant, Revision } from '../domain/types';
import { db } from './database';
import { listFileIds, readFileChunks } from './fileBytes';
import { recordingIds } from './recordings';
import { listIssuedHeads } from './heads';
import type { AttachmentRow } from './schema';
import type { Table } from 'dexie';
import { readableByKeys, readableRows, type ReadableCollection } from './readableRows';

// The one verify step: (a) walk the chain, (b) replay it and compare with every stored record, (c) check every
// stored file against its SHA-256, (d) check the chain against every head handed out. Pure parts: src/domain/integrity.

export interface VerifyProgress {
  stage: 'chain' | 'records' | 'files';
  /** Files: bytes checked so far of all files; other stages 0 or 1. */
  done: number;
  total: number;
}

export interface VerifyOptions {
  /** 'hashed' re-reads every byte (Settings, export, detail screen); 'present' checks only presence and size (start-up). */
  files?: FileCheck;
  onProgress?: (progress: VerifyProgress) => void;
  now?: Instant;
}

const asRecords = (rows: object[]) => rows as ReplayedRecord[];

const entityOfTable = { incidents: 'incident', attachments: 'attachment', people: 'person', caseDetails: 'case' } as const;

async function storedRecords(): Promise<{ stored: StoredRecords; unreadable: Difference[] }> {
  const tables = [db.incidents, db.attachments, db.people, db.caseDetails] as unknown as Table<object>[];
  const [incidents, attachments, people, caseDetails] = await Promise.all(tables.map((table) => readableRows<object>(table)));
  const unreadable = [incidents, attachments, people, caseDetails].flatMap((read, index) =>
    read!.unreadable.map((id): Difference => ({ entity: entityOfTable[tables[index]!.name as keyof typeof entityOfTable], id: String(id), problem: 'unreadable' })),
  );
  return {
    stored: {
      incidents: asRecords(incidents!.rows), attachments: asRecords(attachments!.rows), people: asRecords(people!.rows), caseDetails: asRecords(caseDetails!.rows),
    },
    unreadable,
  };
}

/** Each attachment's stored bytes against its recorded SHA-256 (or size), one file at a time, and files nothing refers to. */
async function checkFiles(attachments: AttachmentRow[], check: FileCheck, onProgress?: (done: number, total: number) => void): Promise<Difference[]> {
  const differences: Difference[] = [];
  const total = attachments.reduce((sum, attachment) => sum + attachment.size, 0);
  let done = 0;
  onProgress?.(0, total);
  for (const attachment of attachments) {
    const named = { entity: 'file' as const, id: attachment.id, incidentId: attachment.incidentId };
    const head = await db.files.get(attachment.id);
    if (!head) differences.push({ ...named, problem: 'missing' });
    else if (head.size !== attachment.size) differences.push({ ...named, problem: 'bytes' });
    else if (check === 'hashed') {
      // A chunk that cannot be read counts as wrong bytes.
      const sha256 = await sha256OfChunks(readFileChunks(attachment.id), (bytes) => onProgress?.(done + bytes, total)).catch(() => undefined);
      if (sha256 !== attachment.sha256) differences.push({ ...named, problem: 'bytes' });
    }
    done += attachment.size;
    onProgress?.(done, total);
  }
  // A recording still being made has pieces and no attachment yet (recordings.ts): not a stray file.
  const known = new Set([...attachments.map((attachment) => attachment.id), ...(await recordingIds())]);
  for (const id of await listFileIds()) {
    if (!known.has(id)) differences.push({ entity: 'file', id, problem: 'unrecorded' });
  }
  return differences;
}

/** The history entries that open, oldest first, and the numbers of those that do not. */
async function readableHistory(collection?: ReadableCollection<Revision>): Promise<{ rows: Revision[]; unreadable: number[] }> {
  const { rows, unreadable } = await readableRows<Revision>(db.revisions, collection);
  return { rows: rows.sort((a, b) => a.seq - b.seq), unreadable: unreadable as number[] };
}

/** Entries that do not open are problems of their own; the walk's "out of place" for the gaps they leave is not repeated. */
function withUnreadable(chain: ChainReport, unreadable: number[]): ChainReport {
  if (!unreadable.length) return chain;
  const problems = [...unreadable.map((seq): ChainProblem => ({ kind: 'unreadable', seq })), ...chain.problems.filter((problem) => problem.kind !== 'sequence')];
  return { ...chain, count: chain.count + unreadable.length, problems: problems.sort((a, b) => a.seq - b.seq) };
}

export async function verifyLog({ files = 'hashed', onProgress, now = Date.now() }: VerifyOptions = {}): Promise<Verification> {
  onProgress?.({ stage: 'chain', done: 0, total: 1 });
  const { rows: revisions, unreadable } = await readableHistory();
  const chain = withUnreadable(walkChain(revisions), unreadable);
  const issued = await listIssuedHeads();
  const headProblems = checkHeads(revisions, issued);
  onProgress?.({ stage: 'records', done: 0, total: 1 });
  const { stored, unreadable: unreadableRecords } = await storedRecords();
  const unreadableIds = new Set(unreadableRecords.map((difference) => difference.id));
  // A row that does not open is named as unreadable, not also as missing.
  const recordDifferences = [
    ...unreadableRecords,
    ...compareRecords(replay(revisions), stored).filter((difference) => !(difference.problem === 'missing' && unreadableIds.has(difference.id))),
  ];
  onProgress?.({ stage: 'records', done: 1, total: 1 });
  const attachments = stored.attachments as unknown as AttachmentRow[];
  const fileDifferences = await checkFiles(attachments, files, (done, total) => onProgress?.({ stage: 'files', done, total }));
  const differences = [...recordDifferences, ...fileDifferences];
  return {
    checkedAt: now,
    chain,
    differences,
    heads: { checked: issued, problems: headProblems },
    files: { check: files, count: attachments.length, bytes: attachments.reduce((sum, attachment) => sum + attachment.size, 0) },
    ok: !chain.problems.length && !differences.length && !headProblems.length,
  };
}

export interface IncidentVerification {
  /** Entries of the history about this incident (its own and its files'). */
  entries: number;
  /** Those entries that fail their own hash, content hash or link to the entry before. */
  brokenEntries: number[];
  differences: Difference[];
  filesChecked: number;
  /** Heads handed out earlier that the history as a whole now contradicts (a rewrite can match every record). */
  headProblems: HeadProblem[];
}

/**
 * The detail screen's check, quick on a big log: this incident's entries (each with its link to the one before),
 * its record and attachment records against their replay, and its files re-hashed.
 */
export async function verifyIncident(incidentId: string, onFileProgress?: (done: number, total: number) => void): Promise<IncidentVerification> {
  const { rows: own, unreadable } = await readableHistory(db.revisions.where('incidentId').equals(incidentId));
  const before = await readableByKeys<Revision>(db.revisions, own.map((revision) => revision.seq - 1));
  const brokenEntries = own.filter((revision, index) => {
    const previousHash = revision.seq === 1 ? genesisHash : before[index]?.hash;
    return checkEntry(revision, previousHash).length > 0;
  }).map((revision) => revision.seq);
  brokenEntries.push(...unreadable);
  brokenEntries.sort((a, b) => a - b);
  const row = await db.incidents.get(incidentId);
  const attachments = await db.attachments.where('incidentId').equals(incidentId).toArray();
  const recordDifferences = compareRecords(replay(own), {
    incidents: asRecords(row ? [row] : []), attachments: asRecords(attachments), people: [], caseDetails: [],
  });
  const fileDifferences = (await checkFiles(attachments, 'hashed', onFileProgress)).filter((difference) => difference.problem !== 'unrecorded');
  const heads = await listIssuedHeads();
  const atHeads = await readableByKeys<Revision>(db.revisions, heads.map((head) => head.count));
  const byPosition: Revision[] = [];
  heads.forEach((head, index) => { const entry = atHeads[index]; if (entry) byPosition[head.count - 1] = entry; });
  return {
    entries: own.length + unreadable.length, brokenEntries, differences: [...recordDifferences, ...fileDifferences], filesChecked: attachments.length,
    headProblems: checkHeads(byPosition, heads),
  };
}

/** A seal text pasted back into the app, checked against the history as it is now. */
export async function checkSealText(text: string): Promise<SealVerdict> {
  return checkSeal(text, (await readableHistory()).rows);
}
