import { beforeEach, describe, expect, it } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import { createHash, randomBytes } from 'node:crypto';
import { writeEvidenceBundle } from '../../src/backup/evidenceBundle';
import { addIncident, attachFile, NotFoundError } from '../../src/db';
import type { AnnexEntry } from '../../src/report/types';
import { freshDatabase, incidentInput } from '../helpers/db';

const now = Date.UTC(2026, 10, 28, 12);
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
/** Byte-for-byte comparison (toEqual walks a large array element by element, far too slowly). */
const sameBytes = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));

interface ManifestFile {
  path: string;
  role: 'report' | 'annex';
  size: number;
  sha256: string;
  reportFingerprint: string;
  annex?: string;
  incidentId?: string;
  incidentNumber?: number;
  originalFileName?: string;
  sha256WhenAdded?: string;
}

async function storedEvidence() {
  const first = await addIncident(incidentInput({ kind: 'following', occurredAt: now - 86_400_000 }), now);
  const second = await addIncident(incidentInput({ kind: 'message', occurredAt: now - 3_600_000 }), now);
  const originals = [
    { incidentId: first.id, bytes: new Uint8Array(randomBytes(3 * 1024 * 1024 + 17)), fileName: 'IMG_0001.jpg', type: 'image/jpeg' },
    { incidentId: second.id, bytes: new Uint8Array(randomBytes(1000)), fileName: 'Skærmbillede/besked.png', type: 'image/png' },
    { incidentId: second.id, bytes: new Uint8Array(randomBytes(5000)), fileName: 'IMG_0001.jpg', type: 'audio/mp4' },
  ];
  const annexes: AnnexEntry[] = [];
  for (const [index, original] of originals.entries()) {
    const stored = await attachFile(original.incidentId, new Blob([original.bytes], { type: original.type }), { fileName: original.fileName, now });
    annexes.push({
      number: `B${index + 1}`, attachmentId: stored.id, incidentId: original.incidentId,
      fileName: stored.fileName, mimeType: stored.mimeType, size: stored.size, sha256: stored.sha256,
    });
  }
  return { originals, annexes, numbers: new Map([[second.id, 1], [first.id, 2]]) };
}

const pdfBytes = new TextEncoder().encode('%PDF-1.7\n% a stand-in for the report\n%%EOF\n');
const fingerprint = 'ab'.repeat(32);

describe('evidence bundle', () => {
  beforeEach(() => {
    freshDatabase();
  });

  it('holds the report and every original byte for byte, each with the hash the manifest gives', async () => {
    const { originals, annexes, numbers } = await storedEvidence();
    const progress: string[] = [];
    const bundle = await writeEvidenceBundle({
      report: { pdf: new Blob([pdfBytes], { type: 'application/pdf' }), fileName: 'spor-rapport-2026-11-28.pdf', fingerprint, annexes },
      incidentNumbers: numbers,
      language: 'da',
      onProgress: ({ done, total }) => progress.push(`${done}/${total}`),
      now,
    });
    expect(bundle.fileName).toBe('spor-rapport-2026-11-28-filer.zip');
    expect(bundle.changedSinceAdded).toEqual([]);
    expect(progress).toEqual(['0/4', '1/4', '2/4', '3/4', '4/4']);

    const files = unzipSync(new Uint8Array(await bundle.zip.arrayBuffer()));
    expect(Object.keys(files).sort()).toEqual([
      'B1/IMG_0001.jpg', 'B2/Skærmbillede_besked.png', 'B3/IMG_0001.jpg', 'README.txt', 'SHA256SUMS', 'manifest.json', 'spor-rapport-2026-11-28.pdf',
    ]);
    expect(sameBytes(files['spor-rapport-2026-11-28.pdf'], pdfBytes)).toBe(true);
    expect(sameBytes(files['B1/IMG_0001.jpg'], originals[0].bytes)).toBe(true);
    expect(sameBytes(files['B2/Skærmbillede_besked.png'], originals[1].bytes)).toBe(true);
    expect(sameBytes(files['B3/IMG_0001.jpg'], originals[2].bytes)).toBe(true);

    const manifest = JSON.parse(strFromU8(files['manifest.json'])) as { reportFingerprint: string; files: ManifestFile[] };
    expect(manifest.reportFingerprint).toBe(fingerprint);
    expect(manifest.files).toHaveLength(4);
    for (const listed of manifest.files) {
      expect(sha256(files[listed.path])).toBe(listed.sha256);
      expect(files[listed.path].byteLength).toBe(listed.size);
      expect(listed.reportFingerprint).toBe(fingerprint);
      expect(listed.sha256WhenAdded).toBeUndefined();
    }
    expect(manifest.files.slice(1).map((file) => [file.annex, file.incidentNumber, file.originalFileName])).toEqual([
      ['B1', 2, 'IMG_0001.jpg'], ['B2', 1, 'Skærmbillede/besked.png'], ['B3', 1, 'IMG_0001.jpg'],
    ]);
    expect(manifest.files.slice(1).map((file) => file.incidentId)).toEqual(annexes.map((annex) => annex.incidentId));

    const sums = strFromU8(files.SHA256SUMS).trim().split('\n');
    expect(sums).toEqual(manifest.files.map((file) => `${file.sha256}  ${file.path}`));

    const readme = strFromU8(files['README.txt']);
    expect(readme).toContain('Spor - bevismappe');
    expect(readme).toContain('Spor - evidence bundle');
    expect(readme).toContain('certutil -hashfile "B1\\IMG_0001.jpg" SHA256');
  });

  it('flags an annex whose stored bytes no longer match the hash taken when it was added', async () => {
    const { annexes } = await storedEvidence();
    const tampered = annexes.map((annex, index) => (index === 1 ? { ...annex, sha256: '0'.repeat(64) } : annex));
    const bundle = await writeEvidenceBundle({
      report: { pdf: new Blob([pdfBytes]), fileName: 'spor-report-2026-11-28.pdf', fingerprint, annexes: tampered },
      language: 'en',
      now,
    });
    expect(bundle.fileName).toBe('spor-report-2026-11-28-files.zip');
    expect(bundle.changedSinceAdded).toEqual(['B2']);
    const manifest = JSON.parse(strFromU8(unzipSync(new Uint8Array(await bundle.zip.arrayBuffer()))['manifest.json'])) as { files: ManifestFile[] };
    expect(manifest.files[2].sha256WhenAdded).toBe('0'.repeat(64));
  });

  it('stops when cancelled and says so', async () => {
    const { annexes } = await storedEvidence();
    const controller = new AbortController();
    const bundle = writeEvidenceBundle({
      report: { pdf: new Blob([pdfBytes]), fileName: 'r.pdf', fingerprint, annexes },
      language: 'da',
      onProgress: ({ done }) => { if (done === 1) controller.abort(); },
      signal: controller.signal,
    });
    await expect(bundle).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('reports a missing original instead of writing a bundle without it', async () => {
    const { annexes } = await storedEvidence();
    const missing = [...annexes, { ...annexes[0], number: 'B4', attachmentId: 'gone' }];
    await expect(writeEvidenceBundle({
      report: { pdf: new Blob([pdfBytes]), fileName: 'r.pdf', fingerprint, annexes: missing }, language: 'da',
    })).rejects.toBeInstanceOf(NotFoundError);
  });
});
