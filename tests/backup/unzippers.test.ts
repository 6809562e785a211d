import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeEvidenceBundle } from '../../src/backup/evidenceBundle';
import type { AnnexEntry } from '../../src/report/types';

// The bundle is opened by the unzippers people really have, each followed by the README's own `sha256sum -c SHA256SUMS`.
const workDir = join(process.cwd(), '.tmp', 'bundle-unzippers');
const zipFile = join(workDir, 'bevismappe.zip');
const utf8Locale = { ...process.env, LC_ALL: 'C.UTF-8', LANG: 'C.UTF-8' };

const originals = [
  { fileName: 'Skærmbillede æøå ÆØÅ.png', text: 'dansk' },
  { fileName: 'Zażółć gęślą jaźń.jpg', text: 'polski' },
  { fileName: 'Φωτογραφία απειλής.jpg', text: 'ελληνικά' },
  { fileName: 'رسالة تهديد.txt', text: 'عربي' },
  { fileName: 'invoice\u202egpj.exe', text: 'hidden direction change' },
];
const expectedPaths = [
  'B1/Skærmbillede æøå ÆØÅ.png', 'B2/Zażółć gęślą jaźń.jpg', 'B3/Φωτογραφία απειλής.jpg', 'B4/رسالة تهديد.txt', 'B5/invoice⟦U+202E⟧gpj.exe',
  'README.txt', 'SHA256SUMS', 'manifest.json', 'spor-rapport-2026-11-28.pdf',
];

function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`]);
}

beforeAll(async () => {
  const bytes = originals.map(({ text }) => new TextEncoder().encode(text));
  const annexes: AnnexEntry[] = originals.map(({ fileName }, index) => ({
    number: `B${index + 1}`, attachmentId: `a${index}`, incidentId: 'i1', fileName, mimeType: 'application/octet-stream',
    size: bytes[index].byteLength, sha256: createHash('sha256').update(bytes[index]).digest('hex'),
  }));
  const bundle = await writeEvidenceBundle({
    report: { pdf: new Blob(['%PDF-1.7\n%%EOF\n']), fileName: 'spor-rapport-2026-11-28.pdf', fingerprint: 'ab'.repeat(32), annexes },
    readAttachment: async (id) => new Blob([bytes[Number(id.slice(1))]]),
    language: 'da',
    now: Date.UTC(2026, 10, 28, 12),
  });
  rmSync(workDir, { recursive: true, force: true });
  mkdirSync(workDir, { recursive: true });
  writeFileSync(zipFile, new Uint8Array(await bundle.zip.arrayBuffer()));
});

describe('the evidence bundle in common unzippers', () => {
  it('records every entry as made on Unix with its UTF-8 name flagged', () => {
    const details = execFileSync('zipinfo', ['-v', zipFile], { encoding: 'utf8', env: utf8Locale });
    const entries = details.split(/\n(?=Central directory entry #)/).slice(1);
    expect(entries).toHaveLength(expectedPaths.length);
    for (const entry of entries) {
      expect(entry).toContain('file system or operating system of origin:      Unix');
      expect(entry).toMatch(/Unix file attributes \(100664 octal\)/);
    }
    // Bit 11 of the general purpose flags (0x0800) says the name is UTF-8; zipinfo does not print it, so read the headers.
    const zip = readFileSync(zipFile);
    let flagged = 0;
    for (let at = zip.indexOf('PK\u0001\u0002'); at >= 0; at = zip.indexOf('PK\u0001\u0002', at + 4)) {
      expect(zip.readUInt8(at + 5)).toBe(3); // version made by: high byte 3 = Unix
      if (zip.readUInt16LE(at + 8) & 0x0800) flagged += 1;
    }
    expect(flagged).toBe(expectedPaths.length);
  });

  it.each([
    ['Info-ZIP unzip', (dir: string) => execFileSync('unzip', ['-q', zipFile, '-d', dir], { env: utf8Locale })],
    ['Python zipfile', (dir: string) => execFileSync('python3', ['-c', 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])', zipFile, dir], { env: utf8Locale })],
    ['7-Zip', (dir: string) => execFileSync('7z', ['x', '-y', `-o${dir}`, zipFile], { env: utf8Locale })],
  ])('%s unpacks every name exactly and sha256sum -c SHA256SUMS passes', (tool, unpack) => {
    const dir = join(workDir, tool.replace(/\W+/g, '-'));
    mkdirSync(dir, { recursive: true });
    expect(String(unpack(dir))).not.toMatch(/warning|error/i);
    expect(filesUnder(dir).sort()).toEqual([...expectedPaths].sort());
    const checked = execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: dir, encoding: 'utf8', env: utf8Locale });
    const lines = checked.trim().split('\n');
    expect(lines).toHaveLength(originals.length + 1);
    for (const line of lines) expect(line).toMatch(/: OK$/);
    expect(readFileSync(join(dir, 'B4', 'رسالة تهديد.txt'), 'utf8')).toBe('عربي');
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { files: { originalFileName?: string; originalFileNameShown?: string }[] };
    expect(manifest.files[5]).toMatchObject({ originalFileName: 'invoice\u202egpj.exe', originalFileNameShown: 'invoice⟦U+202E⟧gpj.exe' });
    expect(manifest.files[1].originalFileNameShown).toBeUndefined();
  });
});
