import { describe, expect, it } from 'vitest';
import { dedupePaths, manifestJson, planBundle, readmeText, safeFileName } from '../../src/backup/bundlePlan';
import type { AnnexEntry } from '../../src/report/types';

function annex(number: string, fileName: string): AnnexEntry {
  return { number, attachmentId: `a-${number}`, incidentId: 'i1', fileName, mimeType: 'image/jpeg', size: 1, sha256: '0'.repeat(64) };
}

describe('safe file names in the evidence bundle', () => {
  it('strips folders and characters Windows refuses, and writes hidden characters out as visible markers', () => {
    expect(safeFileName('../../etc/passwd')).toBe('_.._etc_passwd');
    expect(safeFileName('C:\\Users\\me\\photo.jpg')).toBe('C__Users_me_photo.jpg');
    expect(safeFileName('bad\u0000name\u001f\u007f.jpg')).toBe('bad⟦U+0000⟧name⟦U+001F⟧⟦U+007F⟧.jpg');
    expect(safeFileName('what? <now>: "yes" | *.txt')).toBe('what_ _now__ _yes_ _ _.txt');
    expect(safeFileName('invoice\u202egpj.exe')).toBe('invoice⟦U+202E⟧gpj.exe');
    expect(safeFileName('\ufeffzero\u200bwidth.txt')).toBe('⟦U+FEFF⟧zero⟦U+200B⟧width.txt');
  });

  it('keeps letters of every script and never returns an empty or reserved name', () => {
    expect(safeFileName('Skærmbillede æøå Привет مرحبا.png')).toBe('Skærmbillede æøå Привет مرحبا.png');
    expect(safeFileName('   ')).toBe('file');
    expect(safeFileName('...')).toBe('file');
    expect(safeFileName('CON.txt')).toBe('_CON.txt');
  });

  it('shortens very long names to 200 bytes of UTF-8, whole characters only, and keeps the extension', () => {
    const name = safeFileName(`${'a'.repeat(300)}.jpeg`);
    expect(name.length).toBe(200);
    expect(name.endsWith('.jpeg')).toBe(true);
    const greek = safeFileName(`${'αβγ'.repeat(100)}.jpg`);
    expect(new TextEncoder().encode(greek).byteLength).toBe(200);
    expect(greek).toBe(`${'αβγ'.repeat(32)}αβ.jpg`);
    const emoji = safeFileName(`${'😀'.repeat(80)}.png`);
    expect(emoji).toBe(`${'😀'.repeat(49)}.png`);
  });

  it('gives duplicates a number, ignoring case as Windows and macOS do', () => {
    expect(dedupePaths(['B1/a.jpg', 'B1/A.jpg', 'B1/a.jpg', 'B2/a.jpg', 'notes'])).toEqual(['B1/a.jpg', 'B1/A (2).jpg', 'B1/a (3).jpg', 'B2/a.jpg', 'notes']);
  });
});

describe('bundle plan', () => {
  it('puts each original in a folder named after its annex number, and the report at the top', () => {
    const plan = planBundle('spor-rapport-2026-11-28.pdf', [annex('B1', 'IMG_1.jpg'), annex('B2', 'voice/memo.m4a'), annex('B3', 'IMG_1.jpg')]);
    expect(plan.reportPath).toBe('spor-rapport-2026-11-28.pdf');
    expect(plan.annexes.map((entry) => entry.path)).toEqual(['B1/IMG_1.jpg', 'B2/voice_memo.m4a', 'B3/IMG_1.jpg']);
  });

  it('never lets a report name collide with the manifest or README', () => {
    expect(planBundle('manifest.json', []).reportPath).toBe('manifest (2).json');
    expect(planBundle('', []).reportPath).toBe('report.pdf');
  });
});

describe('README', () => {
  it('explains in Danish and English how to check the hashes with common tools', () => {
    const text = readmeText(Date.UTC(2026, 10, 28, 12), 'f'.repeat(64), 'B1/IMG_1.jpg');
    expect(text).toContain('Spor - bevismappe');
    expect(text).toContain('Spor - evidence bundle');
    expect(text).toContain('kontrolsum');
    expect(text).toContain('checksum');
    expect(text).toContain('sha256sum "B1/IMG_1.jpg"');
    expect(text).toContain('shasum -a 256 "B1/IMG_1.jpg"');
    expect(text).toContain('certutil -hashfile "B1\\IMG_1.jpg" SHA256');
    expect(text).toContain('sha256sum -c SHA256SUMS');
    expect(text).toContain('f'.repeat(64));
    expect(text.indexOf('bevismappe')).toBeLessThan(text.indexOf('evidence bundle'));
  });
});

describe('the manifest', () => {
  const report = { path: 'rapport.pdf', size: 1, sha256: '1'.repeat(64) };
  it('writes when it was made as local time with its offset, so the second 02:15 of the autumn night is itself', () => {
    const made = (createdAt: number) => JSON.parse(manifestJson({ createdAt, timeZone: 'Europe/Copenhagen', reportFingerprint: 'f', report, annexes: [] }));
    expect(made(Date.UTC(2026, 9, 25, 0, 15))).toMatchObject({ createdAt: '2026-10-25T02:15:00+02:00', timeZone: 'Europe/Copenhagen' });
    expect(made(Date.UTC(2026, 9, 25, 1, 15))).toMatchObject({ createdAt: '2026-10-25T02:15:00+01:00' });
    expect(Date.parse(made(Date.UTC(2026, 9, 25, 1, 15)).createdAt)).toBe(Date.UTC(2026, 9, 25, 1, 15));
  });
});
