import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/report/build';
import { annex, fonts, incident, sampleData } from './sample';
import { pdfPages, squash } from './readPdf';

// Annexes print a name as it is (hidden characters as markers) and say what is odd about a file, in both languages.
async function annexPages(language: 'da' | 'en') {
  const base = sampleData();
  const event = incident({ kind: 'message', occurredAt: Date.UTC(2026, 5, 1, 10) });
  const files = [
    { ...annex(event.id, 'invoice\u202egpj.exe', 'image/jpeg', 52_000, Date.UTC(2026, 5, 1, 12)) },
    { ...annex(event.id, 'tom.txt', 'application/octet-stream', 0, Date.UTC(2026, 5, 1, 12)) },
    { ...annex(event.id, 'IMG_0001.jpg', 'image/jpeg', 1_000, Date.UTC(2026, 5, 1, 12)), capturedAt: Date.UTC(2061, 0, 1), capturedAtSource: 'exif' as const },
    {
      ...annex(event.id, 'IMG_0002.jpg', 'image/jpeg', 1_000, Date.UTC(2026, 5, 1, 12)),
      capturedAt: Date.UTC(2026, 2, 29, 0, 30), capturedAtSource: 'exif' as const, capturedLocalTime: '2026-03-29T02:30:00',
    },
    {
      ...annex(event.id, 'Optagelse.webm', 'audio/webm', 40_000, Date.UTC(2026, 5, 1, 12)),
      capturedAt: Date.UTC(2026, 5, 1, 10, 0), capturedAtSource: 'recording' as const, recordedUntil: Date.UTC(2026, 5, 1, 10, 47),
    },
  ];
  const data = { ...base, incidents: [{ ...event, attachmentIds: files.map((file) => file.id) }], attachments: { [event.id]: files } };
  const report = await buildReport(data, { language, order: 'oldestFirst', includePhotos: false, policeCopy: false }, fonts);
  return squash((await pdfPages(report.bytes)).join(' '));
}

describe('annexes say what is odd about a file', () => {
  it('in English: marker, empty file, future capture, mismatched extension, EXIF time without offset', async () => {
    const text = await annexPages('en');
    expect(text).toContain(squash('invoice⟦U+202E⟧gpj.exe'));
    expect(text).not.toContain('\u202e');
    expect(text).toContain(squash('The name contains invisible or direction-changing characters'));
    expect(text).toContain(squash('The name ends in .exe, but the content is image/jpeg.'));
    expect(text).toContain(squash('The file is empty (0 bytes): it holds nothing.'));
    expect(text).toContain(squash('The recorded capture time is later than the moment the file was added'));
    expect(text).toContain(squash('Sun 29 Mar 2026 02:30, UTC offset unknown'));
    // A recording made in Spor: its start, said so, and its end.
    expect(text).toContain(squash('Mon 1 Jun 2026 12:00 (recorded in Spor)'));
    expect(text).toContain(squash('Recording ended Mon 1 Jun 2026 12:47'));
  });

  it('in Danish', async () => {
    const text = await annexPages('da');
    expect(text).toContain(squash('Navnet ender på .exe, men indholdet er image/jpeg.'));
    expect(text).toContain(squash('Filen er tom (0 byte)'));
    expect(text).toContain(squash('UTC-forskel ukendt'));
    expect(text).toContain(squash('(optaget i Spor)'));
    expect(text).toContain(squash('Optagelsen sluttede'));
  });
});
