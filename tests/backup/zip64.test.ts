import { execFileSync } from 'node:child_process';
import { closeSync, ftruncateSync, mkdirSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { zipStream } from '../../src/backup/zipStream';

// A video over 4 GiB must still unpack: the bundle's writer (zipStream over client-zip) switches to ZIP64 by itself.
// The 4 GiB of zeros are streamed for real (CRC over every byte) but written as a sparse file, so the disk holds only headers.
const workDir = join(process.cwd(), '.tmp', 'zip64');
const zipFile = join(workDir, 'big.zip');
const bigSize = 2 ** 32 + 5;
const zeros = new Uint8Array(64 * 1024 * 1024);

async function* bigVideo() {
  for (let left = bigSize; left > 0; left -= zeros.byteLength) yield left >= zeros.byteLength ? zeros : zeros.subarray(0, left);
}

/** Writes the archive with holes where the zeros go; returns the headers that were actually written, by offset. */
async function writeSparse(): Promise<number> {
  async function* entries() {
    yield { name: 'B1/optagelse.mp4', input: bigVideo(), lastModified: new Date(Date.UTC(2026, 10, 28)) };
    yield { name: 'B2/note.txt', input: 'after the big file\n', lastModified: new Date(Date.UTC(2026, 10, 28)) };
  }
  const fd = openSync(zipFile, 'w');
  let position = 0;
  try {
    for await (const value of zipStream(entries())) {
      if (value.buffer !== zeros.buffer) writeSync(fd, value, 0, value.byteLength, position);
      position += value.byteLength;
    }
    ftruncateSync(fd, position);
  } finally {
    closeSync(fd);
  }
  return position;
}

describe('ZIP64 in the evidence bundle', () => {
  it('a file over 4 GiB gets ZIP64 sizes and offsets that Info-ZIP, Python and 7-Zip all read', async () => {
    rmSync(workDir, { recursive: true, force: true });
    mkdirSync(workDir, { recursive: true });
    const length = await writeSparse();
    expect(length).toBeGreaterThan(bigSize);

    // The end of the file: central directory, ZIP64 end record and locator, classic end record.
    const endBytes = 1024;
    const fd = openSync(zipFile, 'r');
    const end = Buffer.alloc(endBytes);
    readSync(fd, end, 0, endBytes, length - endBytes);
    closeSync(fd);
    const central = end.indexOf('PK\u0001\u0002');
    const zip64End = end.indexOf('PK\u0006\u0006');
    const locator = end.indexOf('PK\u0006\u0007');
    expect(central).toBeGreaterThanOrEqual(0);
    expect(zip64End).toBeGreaterThan(central);
    expect(locator).toBeGreaterThan(zip64End);
    // First entry: sizes say 0xFFFFFFFF and the ZIP64 extra field (id 1) holds the true size.
    expect(end.readUInt32LE(central + 20)).toBe(0xffffffff);
    expect(end.readUInt32LE(central + 24)).toBe(0xffffffff);
    const nameLength = end.readUInt16LE(central + 28);
    const extra = central + 46 + nameLength;
    expect(end.readUInt16LE(extra)).toBe(1);
    expect(end.readBigUInt64LE(extra + 4)).toBe(BigInt(bigSize));
    expect(end.readBigUInt64LE(extra + 12)).toBe(BigInt(bigSize));
    // Second entry starts past 4 GiB: its offset says 0xFFFFFFFF and the extra field holds the real one.
    const second = end.indexOf('PK\u0001\u0002', central + 4);
    expect(end.readUInt32LE(second + 42)).toBe(0xffffffff);
    const secondExtra = second + 46 + end.readUInt16LE(second + 28);
    expect(end.readUInt16LE(secondExtra)).toBe(1);
    expect(Number(end.readBigUInt64LE(secondExtra + 4))).toBeGreaterThan(2 ** 32);

    const utf8 = { ...process.env, LC_ALL: 'C.UTF-8' };
    const listed = execFileSync('unzip', ['-l', zipFile], { encoding: 'utf8', env: utf8 });
    expect(listed).toMatch(new RegExp(`\\b${bigSize}\\s+\\S+\\s+\\S+\\s+B1/optagelse\\.mp4`));
    const python = execFileSync('python3', ['-c', 'import sys, zipfile\nfor i in zipfile.ZipFile(sys.argv[1]).infolist(): print(i.filename, i.file_size, i.header_offset)', zipFile], { encoding: 'utf8', env: utf8 });
    const [big, small] = python.trim().split('\n').map((line) => line.split(' '));
    expect(big).toEqual(['B1/optagelse.mp4', String(bigSize), '0']);
    expect(small[0]).toBe('B2/note.txt');
    expect(Number(small[2])).toBeGreaterThan(2 ** 32);
    // Python reads the small file through its ZIP64 offset: the bytes come back exactly.
    const smallBytes = execFileSync('python3', ['-c', 'import sys, zipfile\nsys.stdout.buffer.write(zipfile.ZipFile(sys.argv[1]).read("B2/note.txt"))', zipFile]);
    expect(smallBytes.toString('utf8')).toBe('after the big file\n');
    const sevenZip = execFileSync('7z', ['l', '-slt', zipFile], { encoding: 'utf8', env: utf8 });
    expect(sevenZip).toContain(`Size = ${bigSize}`);
    expect(sevenZip).toContain('Host OS = Unix');
    expect(sevenZip).not.toMatch(/error|warning/i);
  }, 120_000);
});
