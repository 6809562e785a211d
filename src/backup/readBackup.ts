import { createSHA256 } from 'hash-wasm';
import type { DataKey } from '../crypto/dataKey';
import { walkChain } from '../domain/integrity/chain';
import type { Revision } from '../domain/types';
import { BackupError, fixedPrefixBytes, headLength, parseHead, sealOverhead, type ParsedHead } from './backupFormat';
import { backupKey, openCheck, openFrames, saltOf, type DeriveBackupKey, type FrameCount } from './backupFrames';
import { backupStores, emptyRecords, readSectionHead, sectionHeadBytes, sectionKind, type BackupFile, type BackupManifest, type BackupRecords, type BackupStore } from './backupContent';
import { PlainReader } from './plainReader';
import { fromBase64, recordsFromJson } from './recordJson';

// Reads a `.spor` backup one frame in memory at a time. `openBackup` checks the passphrase, the format version, the
// manifest, every record count and the history chain before it returns, having read only the records; its `readFiles`
// then yields the file bytes in the same pass, each hashed on its way and compared with its SHA-256 at its end, and
// checks that the content ends where it should. A restore writes those bytes under ids no record links and commits
// nothing until `readFiles` has finished (src/db/restore.ts), so one pass both checks and restores. `checkBackup`
// checks everything without writing anywhere (a whole pass first), then reads the file again for the bytes.

export interface OpenOptions {
  passphrase: string;
  derive: DeriveBackupKey;
  /** Bytes of the backup file read so far. */
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

export interface OpenedBackup {
  manifest: BackupManifest;
  records: BackupRecords;
  /**
   * Every file's bytes in the manifest's order; `use` says whether the caller wants a file's bytes (the others are
   * still read and checked). Throws `fileChanged` at the end of a file that does not match its SHA-256, and `damaged`
   * if anything follows where the content should end: the backup is whole only once this has finished. One pass:
   * call it once.
   */
  readFiles(use: (file: BackupFile) => boolean, onProgress?: (done: number, total: number) => void): AsyncGenerator<{ file: BackupFile; bytes: AsyncGenerator<Uint8Array> }>;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

function parseJson(bytes: Uint8Array, what: string): unknown {
  try {
    return recordsFromJson(decoder.decode(bytes));
  } catch (error) {
    throw new BackupError('damaged', `${what} is not readable`, { cause: error });
  }
}

async function readHead(file: Blob): Promise<ParsedHead> {
  const prefix = new Uint8Array(await file.slice(0, fixedPrefixBytes).arrayBuffer());
  const length = headLength(prefix, file.size);
  if (file.size < length) throw new BackupError('truncated', 'the file ends inside its header');
  return parseHead(new Uint8Array(await file.slice(0, length).arrayBuffer()));
}

async function section(reader: PlainReader): Promise<{ kind: number; length: number }> {
  return readSectionHead(await reader.exact(sectionHeadBytes));
}

interface Opened {
  head: ParsedHead;
  key: DataKey;
  count: FrameCount;
}

/** Head, key and check value: fails fast on anything but a backup this passphrase opens, before a frame is read. */
async function openHead(file: Blob, options: OpenOptions): Promise<Opened> {
  const head = await readHead(file);
  const { kdf, backupId, check, frameBytes } = head.header;
  const key = await backupKey(options.passphrase, { ...kdf, salt: saltOf(kdf.salt) }, options.derive);
  const count = await openCheck(key, backupId, fromBase64(check), frameBytes);
  const expected = head.headBytes + count.frameCount * sealOverhead + count.plainBytes;
  if (file.size < expected) throw new BackupError('truncated', `the file has ${file.size} of ${expected} bytes`);
  if (file.size > expected) throw new BackupError('damaged', `the file has ${file.size - expected} bytes more than it should`);
  return { head, key, count };
}

function plainReader(file: Blob, { head, key, count }: Opened, onRead?: (position: number) => void, signal?: AbortSignal): PlainReader {
  return new PlainReader(openFrames(file, key, head.digest, head.headBytes, count, head.header.frameBytes, onRead, signal));
}

async function readManifest(reader: PlainReader, backupId: string): Promise<BackupManifest> {
  const { kind, length } = await section(reader);
  if (kind !== sectionKind.manifest) throw new BackupError('damaged', 'the manifest is missing');
  const manifest = parseJson(await reader.exact(length), 'the manifest') as BackupManifest;
  if (manifest.backupId !== backupId || !Array.isArray(manifest.files)) throw new BackupError('damaged', 'the manifest does not belong to this backup');
  return manifest;
}

/** A file's bytes as they come, hashed on the way: a mismatch is thrown after its last piece, before the caller's loop ends. */
async function* checkedFile(reader: PlainReader, entry: BackupFile): AsyncGenerator<Uint8Array> {
  const hasher = await createSHA256();
  hasher.init();
  for await (const piece of reader.pieces(entry.size)) {
    hasher.update(piece);
    yield piece;
  }
  if (hasher.digest('hex') !== entry.sha256) throw new BackupError('fileChanged', `file ${entry.id} does not match its SHA-256`);
}

function checkRecords(manifest: BackupManifest, records: BackupRecords): void {
  for (const store of backupStores) {
    if (records[store].length !== manifest.counts[store]) throw new BackupError('damaged', `${store}: ${records[store].length} records, the manifest says ${manifest.counts[store]}`);
  }
  const files = new Map(manifest.files.map((file) => [file.id, file]));
  for (const attachment of records.attachments) {
    const file = files.get(String(attachment.id));
    if (!file || file.sha256 !== attachment.sha256 || file.size !== attachment.size) throw new BackupError('damaged', `attachment ${String(attachment.id)} has no matching file`);
  }
  const chain = walkChain(records.revisions as unknown as Revision[]);
  if (chain.problems.length) throw new BackupError('history', `the history breaks at entry ${chain.problems[0]!.seq}`);
  if (chain.count !== manifest.chain.count || chain.headHash !== manifest.chain.headHash) throw new BackupError('history', 'the history does not reach the head the manifest names');
}

/** Reads the manifest and the records from an opened head, checks them, and leaves the reader at the first file. */
async function readContent(file: Blob, opened: Opened, options: OpenOptions): Promise<OpenedBackup> {
  let progress = options.onProgress;
  const reader = plainReader(file, opened, (position) => progress?.(position, file.size), options.signal);
  const manifest = await readManifest(reader, opened.head.header.backupId);
  const records = emptyRecords();
  let next = await section(reader);
  while (next.kind === sectionKind.records) {
    const batch = parseJson(await reader.exact(next.length), 'a records section') as { store: BackupStore; rows: Record<string, unknown>[] };
    if (!backupStores.includes(batch.store) || !Array.isArray(batch.rows)) throw new BackupError('damaged', 'a records section names no known store');
    records[batch.store].push(...batch.rows);
    next = await section(reader);
  }
  checkRecords(manifest, records);
  let read = false;
  return {
    manifest,
    records,
    async *readFiles(use, onProgress) {
      if (read) throw new Error('a backup\'s files are read once per pass');
      read = true;
      progress = onProgress ?? progress;
      for (const entry of manifest.files) {
        if (next.kind !== sectionKind.file || next.length !== entry.size) throw new BackupError('damaged', `file ${entry.id} is missing`);
        const bytes = checkedFile(reader, entry);
        if (use(entry)) yield { file: entry, bytes };
        for await (const _rest of bytes) { /* whatever the caller left unread, still checked */ }
        next = await section(reader);
      }
      if (next.kind !== sectionKind.end || !(await reader.atEnd())) throw new BackupError('damaged', 'the content does not end where it should');
    },
  };
}

/** One pass: everything but the file bytes checked before it returns; `readFiles` checks those as it yields them. */
export async function openBackup(file: Blob, options: OpenOptions): Promise<OpenedBackup> {
  return readContent(file, await openHead(file, options), options);
}

/** Everything checked, nothing written anywhere; then `readFiles` reads the file a second time. Throws a BackupError naming the first problem. */
export async function checkBackup(file: Blob, options: OpenOptions): Promise<OpenedBackup> {
  const opened = await openHead(file, options);
  const first = await readContent(file, opened, options);
  for await (const _file of first.readFiles(() => false)) { /* every frame opened, every file hashed */ }
  let again: Promise<OpenedBackup> | undefined;
  return {
    ...first,
    async *readFiles(use, onProgress) {
      again ??= readContent(file, opened, { ...options, onProgress: undefined });
      yield* (await again).readFiles(use, onProgress);
    },
  };
}
