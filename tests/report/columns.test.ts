import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/report/build';
import { translate } from '../../src/i18n/translate';
import type { MessageKey } from '../../src/i18n/catalogue';
import { incident, fonts, sampleData } from './sample';
import { pdfPages } from './readPdf';

// The log and witness tables size their columns from their content: a word or name that fits a column is never broken.
const longWord = 'Skærmbilledeoptagelsesprogrammetsindstillingsvinduet';

async function readBack(language: 'da' | 'en') {
  const base = sampleData();
  const data = {
    ...base,
    incidents: [
      ...base.incidents,
      incident({
        kind: 'contactingOthers', occurredAt: Date.UTC(2026, 10, 25, 9), description: 'Et meget langt ord i stedet.',
        place: { text: `Hos ${longWord}` }, witnesses: [{ name: 'Katarzyna Wiśniewska', contact: 'katarzyna.wisniewska@example-firma.com', note: '' }],
      }),
    ],
  };
  const report = await buildReport(data, { language, order: 'oldestFirst', includePhotos: false, policeCopy: false }, fonts);
  return { data, text: ` ${(await pdfPages(report.bytes)).join(' ').replace(/\s+/g, ' ')} ` };
}

describe('table columns sized from their content', () => {
  it.each(['da', 'en'] as const)('no kind, place or witness name that fits is broken mid-word (%s)', async (language) => {
    const { data, text } = await readBack(language);
    const fitting = data.incidents.flatMap((entry) => [
      ...translate(language, `kind.${entry.kind}` as MessageKey).split(' '),
      ...(entry.place.text.includes(longWord) ? [] : entry.place.text.split(' ')),
      ...entry.witnesses.flatMap((witness) => witness.name.split(' ')),
    ]);
    expect(fitting.length).toBeGreaterThan(40);
    for (const word of new Set(fitting)) expect(text).toContain(word);
    // An address too long for its column breaks only after its own punctuation, adding no character to it.
    expect(text.replace(/([@./_:,;-]) /g, '$1')).toContain('katarzyna.wisniewska@example-firma.com');
    expect(text).not.toMatch(/katarzyna[^ ]*[^@./_:,;-] [^ ]*firma/);
  });

  it('a word longer than its column is broken with a visible hyphen, and nothing is lost', async () => {
    const { text } = await readBack('da');
    const start = text.indexOf('Hos Skærm') + 4;
    const broken = text.slice(start, text.indexOf(' Et meget langt', start));
    expect(broken).toMatch(/^\S+- \S+/);
    expect(broken.replace(/- /g, '')).toBe(longWord);
  });
});
