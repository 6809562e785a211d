import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/report/build';
import { incident, fonts, sampleData } from './sample';
import { pdfPages, squash } from './readPdf';

// Text the user typed comes back exactly, in any script; what the font cannot draw is marked, never dropped.
const options = { language: 'en', order: 'newestFirst', includePhotos: false, policeCopy: false } as const;

async function reportWith(description: string) {
  const data = { ...sampleData(), incidents: [incident({ kind: 'message', occurredAt: Date.UTC(2026, 5, 1, 10), description })], attachments: {} };
  const report = await buildReport(data, options, fonts);
  return { report, text: (await pdfPages(report.bytes)).join(' ') };
}

describe('text in many scripts', () => {
  it.each([
    ['Danish', 'Æbleskiver på Østerbro, Århus og Ærø'],
    ['German', 'Größenwahn, Übergröße, Straße'],
    ['Polish', 'Zażółć gęślą jaźń, Łódź'],
    ['Turkish', 'İstanbul’da ığdır şehri, Çağrı Gölü'],
    ['Romanian', 'Știință și țară, Brașov, Iași'],
    ['Greek', 'Ελληνικά γράμματα, Αθήνα'],
    ['Cyrillic', 'Привет, Москва; Київ, Ґанок'],
  ])('%s comes back exactly', async (_script, sample) => {
    const { text, report } = await reportWith(sample);
    expect(squash(text)).toContain(squash(sample));
    expect(report.unsupportedCharacters).toEqual([]);
  });

  it('Arabic is drawn shaped and reads back as the same letters', async () => {
    const sample = 'مرحبا بالعالم';
    const { text, report } = await reportWith(`Message: ${sample}`);
    const letters = (value: string) => squash(value.normalize('NFKC').replace(/[\u200e\u200f\u202a-\u202e]/g, ''));
    // Drawn in visual order (src/report/bidi.ts): pdf.js reads each word back with its letters in reading order.
    const read = letters(text);
    for (const word of sample.split(' ')) {
      expect(read).toContain(letters(word));
      expect(read).not.toContain([...letters(word)].reverse().join(''));
    }
    expect(report.unsupportedCharacters).toEqual([]);
  });

  it('an emoji becomes a visible [U+...] marker and is named in the integrity section', async () => {
    const { text, report } = await reportWith('He wrote 😀 and 👍🏽 then left');
    expect(report.unsupportedCharacters).toEqual(['[U+1F44D U+1F3FD]', '[U+1F600]']);
    expect(squash(text)).toContain(squash('He wrote [U+1F600] and [U+1F44D U+1F3FD] then left'));
    expect(text.split('[U+1F600]').length - 1).toBeGreaterThanOrEqual(2);
  });
});
