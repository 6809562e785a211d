import { shortFingerprint } from '../format';
import type { ReportModel } from '../model';
import { colours, fontSizes, sheet, type ReportWriter } from '../writer';
import { formatInstantInZone } from '../../i18n/dates';

// Every page says which report it belongs to and where it sits, so a loose page can be put back.

export function drawFooters(writer: ReportWriter, model: ReportModel): void {
  const { doc } = writer;
  const pages = doc.getNumberOfPages();
  const y = sheet.height - sheet.bottom + 8;
  const right = sheet.width - sheet.right;
  const date = formatInstantInZone(model.data.generatedAt, writer.language, 'shortDateTime', model.data.timeZone);
  const fingerprint = writer.t('report.footer.fingerprint', { fingerprint: shortFingerprint(model.fingerprint) });
  const copy = ` · ${writer.t(model.options.policeCopy ? 'report.policeCopy' : 'report.privateCopy')}`;
  for (let page = 1; page <= pages; page += 1) {
    doc.setPage(page);
    doc.setDrawColor(...colours.rule);
    doc.setLineWidth(0.2);
    doc.line(sheet.left, y - 2.5, right, y - 2.5);
    writer.style({ size: fontSizes.small, colour: colours.muted });
    doc.text(`${writer.t('report.footer.generated', { date })}${copy}`, sheet.left, y, { baseline: 'top' });
    doc.text(fingerprint, sheet.left, y + 3.6, { baseline: 'top' });
    writer.style({ size: fontSizes.small, bold: true, colour: colours.ink });
    doc.text(writer.t('report.footer.page', { page, pages }), right, y, { baseline: 'top', align: 'right' });
  }
}
