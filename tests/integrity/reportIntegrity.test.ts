import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { addIncident, attachFile, eraseIncident, gatherReportData, recordIssuedHead, trashIncident } from '../../src/db';
import type { SporDatabase } from '../../src/db/schema';
import '../../src/i18n/laterMessages';
import { translate, translatePlural, type PluralKey } from '../../src/i18n/translate';
import type { MessageKey } from '../../src/i18n/catalogue';
import type { Language } from '../../src/i18n/define';
import { buildReport } from '../../src/report/build';
import { fileSize, readerTime } from '../../src/report/format';
import { squash } from '../report/readPdf';
import { fonts } from '../report/sample';
import { freshDatabase, incidentInput } from '../helpers/db';

// The integrity section read back from the PDF (pdftotext), in both languages: every sentence it prints is the result
// of a check that ran, and a tampered log's report says what was found, where.

const now = Date.UTC(2026, 10, 20, 12);
const outDir = join(process.cwd(), '.tmp');
const photo = readFileSync(join(process.cwd(), 'tests/report/fixtures/car.jpg'));

async function reportText(language: Language, name: string): Promise<{ text: string; integrity: string }> {
  const data = await gatherReportData({}, now + 3_600_000);
  const built = await buildReport(data, { language, order: 'oldestFirst', includePhotos: true, policeCopy: false }, fonts);
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, `${name}-${language}.pdf`);
  writeFileSync(file, built.bytes);
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
  const heading = translate(language, 'report.integrity.checks');
  return { text: squash(text), integrity: squash(text.slice(text.lastIndexOf(heading))) };
}

const say = (language: Language, key: MessageKey, params?: Record<string, string | number>) => squash(translate(language, key, params));
const sayCount = (language: Language, key: PluralKey, count: number, params?: Record<string, string | number>) => squash(translatePlural(language, key, count, params));

describe.each(['en', 'da'] as const)('the report says what was checked (%s)', (language) => {
  let database: SporDatabase;
  let ids: { first: string; file: string };
  beforeEach(async () => {
    database = freshDatabase();
    const first = await addIncident(incidentInput({ description: 'He stood at the door' }), now);
    const file = await attachFile(first.id, new Blob([photo], { type: 'image/jpeg' }), { fileName: 'car.jpg', now: now + 1 });
    const gone = await addIncident(incidentInput({ description: 'Erased one', occurredAt: Date.UTC(2026, 0, 20) }), now + 2);
    await trashIncident(gone.id, now + 3);
    await eraseIncident(gone.id, now + 4);
    ids = { first: first.id, file: file.id };
  });

  it('a clean log: one sentence per check, each with what it covered', async () => {
    const data = await gatherReportData({}, now);
    expect(data.verification.ok).toBe(true);
    const { integrity } = await reportText(language, 'report-integrity-clean');
    expect(integrity).toContain(say(language, 'report.integrity.resultOk'));
    expect(integrity).toContain(sayCount(language, 'report.integrity.chainOk', 5));
    expect(integrity).toContain(say(language, 'report.integrity.recordsOk'));
    expect(integrity).toContain(sayCount(language, 'report.integrity.filesOk', 1, { size: fileSize(photo.length, language) }));
    expect(integrity).toContain(say(language, 'report.integrity.headsNone'));
    expect(integrity).toContain(say(language, 'report.integrity.erasure', { time: readerTime(now + 4, language, 'Europe/Copenhagen'), entries: 2 }));
    expect(integrity).toContain(say(language, 'report.integrity.limitsText'));
    expect(integrity).not.toContain(squash(translate(language, 'report.integrity.recordsDiffer')));
  });

  it('a tampered log: the finding is named in the integrity section, the log row and the annex', async () => {
    await recordIssuedHead('seal', { count: 5, hash: (await database.revisions.get(5))!.hash }, now + 10);
    await database.incidents.update(ids.first, { description: 'He never came' });
    const tampered = new Uint8Array(photo); // a copy with its own buffer: same size, last byte changed (one chunk)
    tampered[tampered.length - 1] = 0;
    await database.fileChunks.put({ fileId: ids.file, index: 0, bytes: tampered.buffer });
    await database.revisions.delete(5);
    const { text, integrity } = await reportText(language, 'report-integrity-tampered');
    // Deleting the last entry (the erase record) leaves entries 3 and 4 emptied without a record: named as chain problems.
    expect(integrity).toContain(say(language, 'report.integrity.resultFindings', { count: 5 }));
    expect(integrity).toContain(say(language, 'report.integrity.chainBroken', { list: '3, 4' }));
    expect(integrity).toContain(say(language, 'report.integrity.finding.changed', {
      record: translate(language, 'report.integrity.record.incident', { number: 1 }), field: translate(language, 'incident.field.description'),
    }));
    expect(integrity).toContain(say(language, 'report.integrity.finding.bytes', { record: translate(language, 'report.integrity.record.annex', { number: 'B1' }) }));
    expect(integrity).toContain(say(language, 'report.integrity.headContradicted', {
      kind: translate(language, 'report.integrity.kind.seal'), time: readerTime(now + 10, language, 'Europe/Copenhagen'), count: 5,
      problem: translate(language, 'report.integrity.headProblem.truncated'),
    }));
    expect(integrity).not.toContain(say(language, 'report.integrity.resultOk'));
    expect(integrity).not.toContain(say(language, 'report.integrity.recordsOk'));
    // Marked where it occurs: the log row and the annex.
    expect(text).toContain(say(language, 'report.log.finding', { fields: translate(language, 'incident.field.description') + ', ' + translate(language, 'report.log.findingFile') }));
    expect(text).toContain(say(language, 'report.annex.bytesChanged'));
    expect(text).not.toContain(say(language, 'report.annex.reduced'));
  });
});
