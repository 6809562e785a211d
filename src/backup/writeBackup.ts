import { createSHA256 } from 'hash-wasm';
import { newArgon2idParams, type Argon2idCost } from '../crypto/kdfParams';
import { toHex } from '../crypto/sha256';
import { walkChain } from '../domain/integrity/chain';
import type { Revision } from '../domain/types';
import { BackupError, defaultFrameBytes, encodeHead, sealOverhead, type BackupHeader } from './backupFormat';
import { backupKey, countFrames, sealCheck, sealFrames, type DeriveBackupKey } from './backupFrames';
import { backupStores, rowsPerSection, sectionHead, sectionHeadBytes, sectionKind, type BackupFile, type BackupManifest, type BackupRecords } from './backupContent';
import { recordsToJson, toBase64 } from './recordJson';

// Writes a `.spor` backup as a stream of pieces: the head, then sealed frames. The records are serialised first (they
// are small beside the files, and their length must be known for the check value); file bytes pass through one chunk
// at a time, hashed on the way, so memory stays at a frame or two however large the files are.

export interface BackupSource {
  records: BackupRecords;
  /** Every file an attachment refers to, in the order they are written. */
  files: BackupFile[];
  readFile(id: string): AsyncIterable<Uint8Array>;
}

export interface BackupOptions {
  passphrase: string;
  derive: DeriveBackupKey;
  appVersion: string;
  cost?: Argon2idCost;
  frameBytes?: number;
  now?: number;
  signal?: AbortSignal;
}

export interface PreparedBackup {
  manifest: BackupManifest;
  /** Exact size of the file `pieces()` will produce. */
  size: number;
  pieces(): AsyncGenerator<Uint8Array>;
}

const encoder = new TextEncoder();

function buildManifest(source: BackupSource, backupId: string, createdAt: number, appVersion: string): BackupManifest {
  const chain = walkChain(source.records.revisions as unknown as Revision[]);
  const counts = Object.fromEntries(backupStores.map((store) => [store, source.records[store].length])) as BackupManifest['counts'];
  counts.files = source.files.length;
  counts.fileBytes = source.files.reduce((sum, file) => sum + file.size, 0);
  return { formatVersion: 1, backupId, createdAt, appVersion, counts, chain: { count: chain.count, headHash: chain.headHash }, files: source.files };
}

function recordSections(records: BackupRecords): Uint8Array[] {
  const sections: Uint8Array[] = [];
  for (const store of backupStores) {
    const rows = records[store];
    for (let at = 0; at < rows.length; at += rowsPerSection) sections.push(encoder.encode(recordsToJson({ store, rows: rows.slice(at, at + rowsPerSection) })));
  }
  return sections;
}

/** A file's bytes on their way into the backup; fails if they no longer match the size and SHA-256 recorded for them. */
async function* checkedFile(source: BackupSource, file: BackupFile, signal?: AbortSignal): AsyncGenerator<Uint8Array> {
  const hasher = await createSHA256();
  hasher.init();
  let size = 0;
  for await (const chunk of source.readFile(file.id)) {
    if (signal?.aborted) throw new BackupError('cancelled', 'cancelled');
    hasher.update(chunk);
    size += chunk.length;
    yield chunk;
  }
  if (size !== file.size || hasher.digest('hex') !== file.sha256) {
    throw new BackupError('fileChanged', `file ${file.id} no longer matches the fingerprint taken when it was added`);
  }
}

export async function prepareBackup(source: BackupSource, options: BackupOptions): Promise<PreparedBackup> {
  const frameBytes = options.frameBytes ?? defaultFrameBytes;
  const backupId = toHex(crypto.getRandomValues(new Uint8Array(16)));
  const manifest = buildManifest(source, backupId, options.now ?? Date.now(), options.appVersion);
  const manifestBytes = encoder.encode(JSON.stringify(manifest));
  const sections = recordSections(source.records);
  const plainBytes = [manifestBytes, ...sections].reduce((sum, bytes) => sum + sectionHeadBytes + bytes.length, 0)
    + manifest.files.reduce((sum, file) => sum + sectionHeadBytes + file.size, 0) + sectionHeadBytes;
  const count = countFrames(plainBytes, frameBytes);
  const params = newArgon2idParams(options.cost);
  const key = await backupKey(options.passphrase, params, options.derive);
  const { salt, ...cost } = params;
  const header: BackupHeader = {
    backupId, frameBytes, kdf: { ...cost, salt: toHex(salt) }, check: toBase64(await sealCheck(key, backupId, count)),
  };
  const head = encodeHead(header);

  async function* plain(): AsyncGenerator<Uint8Array> {
    yield sectionHead(sectionKind.manifest, manifestBytes.length);
    yield manifestBytes;
    for (const section of sections) {
      yield sectionHead(sectionKind.records, section.length);
      yield section;
    }
    for (const file of manifest.files) {
      yield sectionHead(sectionKind.file, file.size);
      yield* checkedFile(source, file, options.signal);
    }
    yield sectionHead(sectionKind.end, 0);
  }

  return {
    manifest,
    size: head.bytes.length + count.frameCount * sealOverhead + plainBytes,
    async *pieces() {
      yield head.bytes;
      yield* sealFrames(key, head.digest, count, frameBytes, plain());
    },
  };
}
