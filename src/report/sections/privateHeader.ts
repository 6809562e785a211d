import type { ReportModel } from '../model';
import { colours, sheet, type ReportWriter } from '../writer';

// The own copy says what it is at the top of every page, so a single page printed or photographed cannot pass for the police copy.

export function drawPrivateHeaders(writer: ReportWriter, model: ReportModel): void {
  if (model.options.policeCopy) return;
  const { doc } = writer;
  const label = writer.t('report.privateCopy');
  for (let page = 1; page <= doc.getNumberOfPages(); page += 1) {
    doc.setPage(page);
    writer.style({ size: 9, bold: true, colour: colours.warning });
    doc.text(label, sheet.width / 2, page === 1 ? 9 : 8, { baseline: 'top', align: 'center' });
  }
}
