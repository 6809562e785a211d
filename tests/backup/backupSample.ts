import { derivePasscodeKey } from '../../src/crypto/argon2id';
import { argon2idMinimum } from '../../src/crypto/kdfParams';
import { toHex } from '../../src/crypto/sha256';
import { sha256 } from '@noble/hashes/sha2.js';
import { emptyRecords, type BackupFile } from '../../src/backup/backupContent';
import { BlobCollector } from '../../src/backup/blobCollector';
import { prepareBackup, type BackupSource } from '../../src/backup/writeBackup';
import type { OpenOptions } from '../../src/backup/readBackup';

// Backups written and read without a database: the format on its own.

export const passphrase = 'correct horse battery staple';
export const derive = derivePasscodeKey;

export function bytesOf(size: number, seed = 1): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(size);
  let state = seed * 2654435761 >>> 0;
  for (let index = 0; index < size; index++) {
    state = (state * 1103515245 + 12345) >>> 0;
    bytes[index] = state >>> 24;
  }
  return bytes;
}

export function sourceOf(files: Uint8Array[], records = emptyRecords()): BackupSource {
  const entries: BackupFile[] = files.map((bytes, index) => ({ id: `file-${index}`, size: bytes.length, sha256: toHex(sha256(bytes)), type: 'application/octet-stream', name: `f${index}.bin` }));
  return {
    records,
    files: entries,
    async *readFile(id) {
      const bytes = files[Number(id.slice(5))]!;
      for (let at = 0; at < bytes.length; at += 1000) yield bytes.slice(at, at + 1000);
      if (!bytes.length) return;
    },
  };
}

export async function backupOf(source: BackupSource, frameBytes = 4096): Promise<Blob> {
  const prepared = await prepareBackup(source, { passphrase, derive, appVersion: 'test', cost: argon2idMinimum, frameBytes, now: Date.UTC(2026, 10, 28) });
  const output = new BlobCollector();
  for await (const piece of prepared.pieces()) output.add(piece);
  const blob = output.toBlob('application/octet-stream');
  if (blob.size !== prepared.size) throw new Error(`size ${blob.size} differs from the promised ${prepared.size}`);
  return blob;
}

export const openOptions: OpenOptions = { passphrase, derive };
