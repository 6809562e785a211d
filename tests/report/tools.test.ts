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
});
