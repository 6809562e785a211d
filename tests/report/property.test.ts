import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../src/crypto/sha256';
import { compareNewestFirst, compareOldestFirst } from '../../src/domain/incident';
import { incidentKinds } from '../../src/domain/kinds';
import { privatableFields, type Incident, type PrivatableField } from '../../src/domain/types';
import { buildReport } from '../../src/report/build';
import type { AnnexFacts, ReportData, ReportOptions } from '../../src/report/types';
import { fonts, generatedAt, preparePhoto, sampleData } from './sample';
import { pdfPages, squash } from './readPdf';

// For any log the report builds, and every incident, annex and page number can be found in it again.

const words = [
  'ærgerlig', 'søndag', 'Århus', 'Größe', 'Übergriff', 'zażółć', 'gęślą', 'jaźń', 'Łódź', 'ığdır', 'Çağrı', 'şehir', 'İzmir',
  'știință', 'țară', 'Brașov', 'Ελληνικά', 'Αθήνα', 'φοβάμαι', 'Привет', 'Київ', 'угроза', 'SMS', '112', 'kl.', '"citat"', 'e-mail',
];
const hour = 3_600_000;
// Daylight-saving changes in Copenhagen, where a local time can be missing or happen twice.
const dstChanges = [Date.UTC(2021, 2, 28, 1), Date.UTC(2022, 9, 30, 1), Date.UTC(2024, 2, 31, 1), Date.UTC(2025, 9, 26, 1), Date.UTC(2026, 2, 29, 1)];
const instant = fc.oneof(
  fc.integer({ min: Date.UTC(2019, 0, 1), max: generatedAt - hour }),
  fc.constantFrom(...dstChanges).chain((change) => fc.integer({ min: change - 2 * hour, max: change + 2 * hour })),
);
const text = (minLength: number, maxLength: number) => fc.array(fc.constantFrom(...words), { minLength, maxLength }).map((list) => list.join(' '));

const incidentShape = fc.record({
  kind: fc.constantFrom(...incidentKinds),
  occurredAt: instant,
  timeZone: fc.constantFrom('Europe/Copenhagen', 'Europe/Istanbul', 'America/New_York', 'Asia/Tokyo'),
  approximate: fc.boolean(),
  description: fc.oneof(text(0, 12), text(150, 400)),
  place: text(0, 4),
  witnesses: fc.array(fc.record({ name: text(1, 2), contact: fc.constantFrom('', '+45 20 30 40 50', 'vidne@example.dk') }), { maxLength: 8 }),
  keyExample: fc.boolean(),
  privateFields: fc.subarray([...privatableFields]),
  annexes: fc.array(fc.constantFrom('image/jpeg', 'audio/mp4', 'video/mp4', 'application/pdf', 'image/png'), { maxLength: 4 }),
});

const optionsShape = fc.record({
  language: fc.constantFrom('da' as const, 'en' as const),
  order: fc.constantFrom('newestFirst' as const, 'oldestFirst' as const),
  includePhotos: fc.boolean(),
  policeCopy: fc.boolean(),
});

type IncidentShape = typeof incidentShape extends fc.Arbitrary<infer Shape> ? Shape : never;

/** Each incident carries unique tokens, so its text can be found however it wraps; private ones are marked apart. */
function makeData(shapes: IncidentShape[]): ReportData {
  const base = sampleData();
  const attachments: Record<string, AnnexFacts[]> = {};
  const incidents = shapes.map((shape, index): Incident => {
    const id = `incident-${index}`;
    const token = (field: string) => `${field}${index}x`;
    const files = shape.annexes.map((mimeType, fileIndex): AnnexFacts => ({
      id: `${id}-file-${fileIndex}`, incidentId: id, fileName: `bilag-${index}-${fileIndex}`, mimeType, size: 1000 + fileIndex,
      sha256: sha256Hex(`${id}/${fileIndex}`), addedAt: shape.occurredAt + hour, version: 1,
    }));
    attachments[id] = files;
    return {
      id,
      kind: shape.kind,
      occurredAt: shape.occurredAt,
      timeZone: shape.timeZone,
      approximate: shape.approximate,
      place: { text: `${token('qplace')} ${shape.place}` },
      description: `${token('qdesc')} ${shape.description}`,
      peopleInvolved: `${token('qpeople')} Mads`,
      effect: `${token('qeffect')} bange`,
      witnesses: shape.witnesses.map((witness, witnessIndex) => ({ ...witness, name: `${token('qwitness')}w${witnessIndex} ${witness.name}`, note: '' })),
      police: { journalNumber: `${token('qpolice')}`, officer: '', phone: '' },
      keyExample: shape.keyExample,
      privateFields: shape.privateFields,
      attachmentIds: files.map((file) => file.id),
      createdAt: shape.occurredAt + hour,
      updatedAt: shape.occurredAt + 2 * hour,
      version: 1,
    };
  });
  return { ...base, incidents, attachments, history: {} };
}

const tokenOf: Record<PrivatableField, string> = {
  place: 'qplace', description: 'qdesc', peopleInvolved: 'qpeople', effect: 'qeffect', witnesses: 'qwitness', police: 'qpolice',
};

function pageLabel(options: ReportOptions, page: number, pages: number): string {
  return options.language === 'da' ? `Side ${page} af ${pages}` : `Page ${page} of ${pages}`;
}

describe('any log becomes a complete report', () => {
  it('finds every incident in order, every annex hash, right page numbers, and no private field in the police copy', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(incidentShape, { minLength: 1, maxLength: 8 }), optionsShape, async (shapes, options) => {
        const data = makeData(shapes);
        const report = await buildReport(data, options, fonts, { preparePhoto });
        const pages = await pdfPages(report.bytes);
        const all = squash(pages.join(' '));

        pages.forEach((page, index) => expect(page).toContain(pageLabel(options, index + 1, pages.length)));
        expect(report.pageCount).toBe(pages.length);

        const hidden = (incident: Incident, field: PrivatableField) => options.policeCopy && incident.privateFields.includes(field);
        for (const [index, incident] of data.incidents.entries()) {
          for (const field of privatableFields) {
            const token = `${tokenOf[field]}${index}x`;
            if (hidden(incident, field)) expect(all).not.toContain(token);
            else if (field !== 'witnesses' || incident.witnesses.length) expect(all).toContain(token);
          }
          if (!hidden(incident, 'description')) for (const word of shapes[index].description.split(' ').filter(Boolean)) expect(all).toContain(word);
        }

        const logStart = all.indexOf(squash(options.language === 'da' ? 'Hvad skete der' : 'What happened'));
        const shown = [...data.incidents.entries()].filter(([, incident]) => !hidden(incident, 'description'));
        const found = shown.map(([index, incident]) => ({ incident, at: all.indexOf(`qdesc${index}x`, logStart) }));
        expect(found.every((entry) => entry.at > logStart)).toBe(true);
        const inPdfOrder = [...found].sort((a, b) => a.at - b.at).map((entry) => entry.incident.id);
        const chosenOrder = shown.map(([, incident]) => incident).sort(options.order === 'newestFirst' ? compareNewestFirst : compareOldestFirst);
        expect(inPdfOrder).toEqual(chosenOrder.map((incident) => incident.id));

        for (const files of Object.values(data.attachments)) for (const file of files) expect(all).toContain(file.sha256);
        expect(report.annexes.map((annex) => annex.number)).toEqual(report.annexes.map((_, index) => `B${index + 1}`));
      }),
      { numRuns: 18 },
    );
  }, 180_000);
});
