import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { visualOrder } from '../../src/report/bidi';
import { buildReport } from '../../src/report/build';
import { incident, fonts, sampleData } from './sample';
import { pdfPages } from './readPdf';

// Right-to-left text is drawn in visual order (UAX #9 via bidi-js) and reads back in logical order.
const outDir = join(process.cwd(), '.tmp');
const samples = {
  arabic: 'قال لي: سأنتظرك عند الباب (الساعة 10)',
  hebrew: 'הוא חיכה לי ליד הבית',
  persian: 'او هر شب پیام می‌فرستد',
  urdu: 'وہ ہر روز میرا پیچھا کرتا ہے',
};
const marks = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const letters = (value: string) => value.normalize('NFKC').replace(marks, '').replace(/\s+/g, ' ').trim();

describe('visual order of one line', () => {
  it('reverses a right-to-left run as a whole, words and letters, and mirrors its brackets', () => {
    expect(visualOrder('אבג דהו')).toBe('והד גבא');
    expect(visualOrder('Sagde: אבג דהו.')).toBe('Sagde: והד גבא.');
    expect(visualOrder('אבג (דהו)')).toBe('(והד) גבא');
    expect(visualOrder('אבג 123 דהו')).toBe('והד 123 גבא');
    expect(visualOrder('plain text stays')).toBe('plain text stays');
  });
});

describe('right-to-left text in the report', () => {
  it('is drawn in visual order and its words read back with their letters in order (pdftotext, pdf.js)', async () => {
    const data = {
      ...sampleData(),
      incidents: Object.values(samples).map((text, index) => incident({ kind: 'message', occurredAt: Date.UTC(2026, 5, 1 + index, 10), description: `Besked: ${text}`, place: { text } })),
      attachments: {},
    };
    const report = await buildReport(data, { language: 'da', order: 'oldestFirst', includePhotos: false, policeCopy: false }, fonts);
    // DejaVu Sans lacks two Urdu letters (ہ U+06C1, ے U+06D2): they print as visible markers, named in the integrity section.
    expect(report.unsupportedCharacters).toEqual(['[U+06C1]', '[U+06D2]']);
    mkdirSync(outDir, { recursive: true });
    const file = join(outDir, 'report-rtl.pdf');
    writeFileSync(file, report.bytes);
    const poppler = letters(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8', env: { ...process.env, LC_ALL: 'C.UTF-8' } }));
    const pdfjs = letters((await pdfPages(report.bytes)).join(' '));
    const words = (text: string) => letters(text).replace(/\u200c/g, ' ').split(' ').map((word) => word.replace(/[^\p{L}\p{M}]/gu, '')).filter(Boolean);
    // Every word comes back with its letters in reading order (a reversed word would not match).
    for (const word of [...words(samples.arabic), ...words(samples.hebrew), ...words(samples.persian), 'میرا', 'پیچھا', 'کرتا']) {
      expect(poppler).toContain(word);
    }
    for (const word of [...words(samples.arabic), ...words(samples.persian)]) expect(pdfjs).toContain(word);
    // Whole lines: poppler gives the Danish-and-Hebrew line in reading order.
    expect(poppler).toContain(`Besked: ${samples.hebrew}`);
    expect(visualOrder(samples.hebrew)).toBe('תיבה דיל יל הכיח אוה');
    execFileSync('pdftoppm', ['-png', '-r', '110', '-f', '3', '-l', '3', file, join(outDir, 'report-rtl')]);
  }, 60_000);
});
