import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/report/build';
import { fonts, preparePhoto, sampleData } from './sample';

// The PDF is checked by independent tools: qpdf for structure, poppler for text and rendering.
const outDir = join(process.cwd(), '.tmp');
const pagesDir = join(outDir, 'report-pages');

describe('the sample report read by standard tools', () => {
  it('passes qpdf --check, reads back in pdftotext and renders every page', async () => {
    const data = sampleData();
    const report = await buildReport(data, { language: 'da', order: 'newestFirst', includePhotos: true, policeCopy: false }, fonts, { preparePhoto });
    mkdirSync(outDir, { recursive: true });
    const file = join(outDir, 'report-sample.pdf');
    writeFileSync(file, report.bytes);

    expect(execFileSync('qpdf', ['--check', file], { encoding: 'utf8' })).toContain('No syntax or stream encoding errors found');
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('Dokumentation af stalking');
    expect(text).toContain('Jonas Ødegaard');
    expect(text).toContain(`Side ${report.pageCount} af ${report.pageCount}`);
    for (const annex of report.annexes) expect(text).toContain(annex.sha256);

    rmSync(pagesDir, { recursive: true, force: true });
    mkdirSync(pagesDir, { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '60', file, join(pagesDir, 'page')]);
    expect(readdirSync(pagesDir).filter((name) => name.endsWith('.png'))).toHaveLength(report.pageCount);
  }, 60_000);

  it('the police copy says what was withheld and prints none of it', async () => {
    const report = await buildReport(sampleData(), { language: 'en', order: 'oldestFirst', includePhotos: false, policeCopy: true }, fonts);
    const file = join(outDir, 'report-sample-police.pdf');
    mkdirSync(outDir, { recursive: true });
    writeFileSync(file, report.bytes);
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Police copy: details the author marked as private are left out of 2 of the incidents.');
    expect(text).toContain('Left out of this copy: place.');
    expect(text).not.toContain('Vesterbrogade 200');
    expect(text).not.toContain('Jeg sov hos min søster');
  }, 60_000);
});
