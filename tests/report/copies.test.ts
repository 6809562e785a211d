import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/report/build';
import { reportFileName } from '../../src/report/fileName';
import type { ReportOptions } from '../../src/report/types';
import { pdfPages } from './readPdf';
import { fonts, generatedAt, sampleData } from './sample';

/** The text in the top 15 mm of every page (above the body's margin), one string per page, via poppler. */
function pageTops(bytes: Uint8Array): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'spor-copy-'));
  try {
    const file = join(dir, 'report.pdf');
    writeFileSync(file, bytes);
    const text = execFileSync('pdftotext', ['-x', '0', '-y', '0', '-W', '595', '-H', '42', file, '-'], { encoding: 'utf8' });
    return text.split('\f').slice(0, -1).map((page) => page.replace(/\s+/g, ' ').trim());
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// The own copy must never pass for the police copy: another name, another cover, a mark on every page.

const police: ReportOptions = { language: 'en', order: 'newestFirst', includePhotos: false, policeCopy: true };
const own: ReportOptions = { ...police, policeCopy: false };

describe('the police copy and the own copy', () => {
  it('have different file names, and neither name says what the file is about', () => {
    for (const language of ['da', 'en'] as const) {
      const policeName = reportFileName(language, generatedAt, true);
      const ownName = reportFileName(language, generatedAt, false);
      expect(ownName).not.toBe(policeName);
      expect(ownName).toMatch(language === 'da' ? /privat\.pdf$/ : /private\.pdf$/);
      for (const name of [policeName, ownName]) expect(name).not.toMatch(/spor|stalk|politi|police/i);
    }
  });

  it('the own copy says PRIVATE - not for the police on its cover and at the top of every page; the police copy nowhere', async () => {
    for (const [language, mark] of [['en', 'PRIVATE - not for the police'], ['da', 'PRIVAT - ikke til politiet']] as const) {
      const ownReport = await buildReport(sampleData(), { ...own, language }, fonts);
      const policeReport = await buildReport(sampleData(), { ...police, language }, fonts);
      const ownPages = await pdfPages(ownReport.bytes);
      const policePages = await pdfPages(policeReport.bytes);
      expect(pageTops(ownReport.bytes)).toEqual(ownPages.map(() => mark));
      expect(pageTops(policeReport.bytes).every((top) => top === '')).toBe(true);
      expect(ownPages[0]).toContain(language === 'en' ? 'Do not hand it to the police' : 'Giv den ikke til politiet');
      for (const page of policePages) expect(page).not.toContain(mark);
      expect(policePages[0]).toContain(language === 'en' ? 'Copy for the police' : 'Kopi til politiet');
      expect(ownPages[0]).not.toContain(language === 'en' ? 'Copy for the police' : 'Kopi til politiet');
    }
  }, 60_000);

  it('the police copy holds no private field; the own copy holds them all', async () => {
    const data = sampleData();
    const privateTexts = data.incidents.flatMap((incident) =>
      incident.privateFields.map((field) => (field === 'place' ? incident.place.text : field === 'witnesses' || field === 'police' ? '' : incident[field])),
    ).filter(Boolean);
    expect(privateTexts.length).toBeGreaterThan(0);
    const squash = (text: string) => text.replace(/\s+/g, '');
    const policeText = squash((await pdfPages((await buildReport(data, police, fonts)).bytes)).join(' '));
    const ownText = squash((await pdfPages((await buildReport(data, own, fonts)).bytes)).join(' '));
    for (const text of privateTexts) {
      expect(policeText).not.toContain(squash(text));
      expect(ownText).toContain(squash(text));
    }
  }, 60_000);
});
