import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/report/build';
import { incident, fonts, sampleData } from './sample';
import { pdfPages, squash } from './readPdf';

// An incident over several days keeps its end date in the printed log; one on the same day prints the end time only.
describe('end of an incident in the printed report', () => {
  it.each([
    ['en', 'Thu 15 Jan 2026 22:00 until Fri 16 Jan 2026 11:00', 'Sat 17 Jan 2026 09:00 until 10:30'],
    ['da', 'tor. 15. jan. 2026 22:00 til fre. 16. jan. 2026 11:00', 'lør. 17. jan. 2026 09:00 til 10:30'],
  ] as const)('%s', async (language, overnight, sameDay) => {
    const data = {
      ...sampleData(),
      incidents: [
        incident({ kind: 'watching', occurredAt: Date.UTC(2026, 0, 15, 21), endedAt: Date.UTC(2026, 0, 16, 10) }),
        incident({ kind: 'following', occurredAt: Date.UTC(2026, 0, 17, 8), endedAt: Date.UTC(2026, 0, 17, 9, 30) }),
      ],
      attachments: {},
    };
    const report = await buildReport(data, { language, order: 'oldestFirst', includePhotos: false, policeCopy: false }, fonts);
    const text = squash((await pdfPages(report.bytes)).join(' '));
    expect(text).toContain(squash(overnight));
    expect(text).toContain(squash(sameDay));
  });
});
