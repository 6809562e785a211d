import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BackupError, backupFormatVersion, fixedPrefixBytes } from '../../src/backup/backupFormat';
import { emptyRecords } from '../../src/backup/backupContent';
import { checkBackup } from '../../src/backup/readBackup';
import { backupOf, bytesOf, openOptions, sourceOf } from './backupSample';
import { sha256 } from '@noble/hashes/sha2.js';

async function problemOf(file: Blob, passphrase = openOptions.passphrase): Promise<string> {
  try {
    await checkBackup(file, { ...openOptions, passphrase });
  } catch (error) {
    if (error instanceof BackupError) return error.problem;
    throw error;
  }
  return 'opened';
}

async function collect(chunks: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for await (const chunk of chunks) parts.push(chunk.slice());
  return new Uint8Array(await new Blob(parts as BlobPart[]).arrayBuffer());
}

async function bytesOfBlob(blob: Blob): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await blob.arrayBuffer());
}

const files = [bytesOf(0), bytesOf(1, 2), bytesOf(4096, 3), bytesOf(10_001, 4)];
const records = emptyRecords();
records.incidents.push({ id: 'i1', description: 'Han stod ved døren. Он стоял у двери. كان واقفاً 🙂', photo: new Uint8Array([1, 2, 3]).buffer });
records.settings.push({ key: 'quickExitSite', value: 'https://www.dr.dk/' });

describe('the .spor format', () => {
  it('round-trips records, bytes inside rows and files of every shape across frame boundaries', async () => {
    const backup = await backupOf(sourceOf(files, records), 1000);
    const checked = await checkBackup(backup, openOptions);
    expect(checked.manifest.counts).toMatchObject({ incidents: 1, settings: 1, files: 4, fileBytes: 14_098 });
    expect(checked.records.incidents[0]!.description).toBe(records.incidents[0]!.description);
    expect(new Uint8Array(checked.records.incidents[0]!.photo as ArrayBuffer)).toEqual(new Uint8Array([1, 2, 3]));
    const back: Uint8Array[] = [];
    for await (const { bytes } of checked.readFiles(() => true)) back.push(await collect(bytes));
    expect(back).toEqual(files);
  });

  it('skips the files a restore does not want and still yields the rest in order', async () => {
    const checked = await checkBackup(await backupOf(sourceOf(files, records), 1000), openOptions);
    const seen: string[] = [];
    for await (const { file, bytes } of checked.readFiles((file) => file.id !== 'file-2')) {
      expect(await collect(bytes)).toEqual(files[Number(file.id.slice(5))]);
      seen.push(file.id);
    }
    expect(seen).toEqual(['file-0', 'file-1', 'file-3']);
  });

  it('starts with the magic and the format version in plain, and holds no plain record text', async () => {
    const bytes = await bytesOfBlob(await backupOf(sourceOf(files, records)));
    expect([...bytes.subarray(0, 10)]).toEqual([0x89, 0x53, 0x50, 0x52, 0x0d, 0x0a, 0x1a, 0x0a, 0, backupFormatVersion]);
    expect(new TextDecoder().decode(bytes)).not.toContain('døren');
    expect(new TextDecoder().decode(bytes)).not.toContain('dr.dk');
  });

  it('names each kind of bad file apart', async () => {
    const good = await bytesOfBlob(await backupOf(sourceOf(files, records)));
    expect(await problemOf(new Blob([]))).toBe('empty');
    expect(await problemOf(new Blob([bytesOf(5000, 9)]))).toBe('notBackup');
    expect(await problemOf(new Blob([new TextEncoder().encode('%PDF-1.7\n')]))).toBe('notBackup');
    expect(await problemOf(new Blob([good]), 'wrong passphrase')).toBe('wrongPassphrase');
    expect(await problemOf(new Blob([good.subarray(0, good.length - 1)]))).toBe('truncated');
    expect(await problemOf(new Blob([good, new Uint8Array([0])]))).toBe('damaged');
    expect(await problemOf(new Blob([good.subarray(0, 20)]))).toBe('truncated');
  });

  it('calls a newer format newer (its header still checks out)', async () => {
    const good = await bytesOfBlob(await backupOf(sourceOf([], records)));
    const newer = good.slice();
    newer[9] = backupFormatVersion + 1;
    const jsonEnd = fixedPrefixBytes + new DataView(newer.buffer).getUint32(10);
    newer.set(sha256(newer.subarray(0, jsonEnd)), jsonEnd);
    expect(await problemOf(new Blob([newer]))).toBe('newerFormat');
  });

  // The header length (bytes 10-13) is the one place where a flip can read as a cut-off file: both are told apart from a wrong passphrase.
  it('a flipped byte anywhere is damage, never a wrong passphrase or a different backup', async () => {
    const good = await bytesOfBlob(await backupOf(sourceOf(files, records), 1000));
    await fc.assert(fc.asyncProperty(fc.integer({ min: 8, max: good.length - 1 }), fc.integer({ min: 1, max: 255 }), async (at, flip) => {
      const bad = good.slice();
      bad[at]! ^= flip;
      const lengthField = at >= 10 && at < fixedPrefixBytes;
      expect(lengthField ? ['damaged', 'truncated'] : ['damaged']).toContain(await problemOf(new Blob([bad])));
    }), { numRuns: 40 });
  });

  it('a file cut anywhere is truncated', async () => {
    const good = await bytesOfBlob(await backupOf(sourceOf(files, records), 1000));
    await fc.assert(fc.asyncProperty(fc.integer({ min: fixedPrefixBytes, max: good.length - 1 }), async (length) => {
      expect(await problemOf(new Blob([good.subarray(0, length)]))).toBe('truncated');
    }), { numRuns: 30 });
  });
});
