import type { ReportModel } from '../model';
import { colours, contentWidth, fontSizes, lineHeight, sheet, type ReportWriter } from '../writer';
import { formatCalendarDate } from '../../i18n/calendarDates';
import { formatInstantInZone } from '../../i18n/dates';

// Page 1: what this is, whose log, about whom, which period, and the fingerprint that ties every page together.

function periodText(writer: ReportWriter, model: ReportModel): string {
  const { options, summary } = model;
  const from = options.from ?? summary.firstAt;
  const to = options.to ?? summary.lastAt;
  if (from === undefined || to === undefined) return writer.t('report.periodEmpty');
  const format = (instant: number) => formatInstantInZone(instant, writer.language, 'date', model.data.timeZone);
  return writer.t('report.periodValue', { from: format(from), to: format(to) });
}

function people(writer: ReportWriter, model: ReportModel): void {
  writer.heading(writer.t('report.person'));
  if (!model.data.people.length) {
    writer.paragraph(writer.t('report.personNone'), { colour: colours.muted });
    return;
  }
  for (const person of model.data.people) {
    writer.ensure(20);
    writer.paragraph(writer.user(person.name.trim() || writer.t('report.person.unnamed')), { bold: true, size: 10.5 }, { after: 1 });
    const rows: [string, string][] = [
      [writer.t('report.person.relation'), person.relation],
      [writer.t('report.person.phones'), person.phones.join(', ')],
      [writer.t('report.person.emails'), person.emails.join(', ')],
      [writer.t('report.person.profiles'), person.profiles.join(', ')],
      [writer.t('report.person.vehicle'), person.vehicle],
      [writer.t('report.person.description'), person.description],
    ];
    writer.fields(rows.filter(([, value]) => value.trim()).map(([label, value]) => [label, writer.user(value)]));
  }
}

/** Contents with page numbers, drawn last into the space kept for it (the pages are only known then). */
export function drawContents(writer: ReportWriter, top: number): void {
  const { doc } = writer;
  doc.setPage(1);
  let y = top;
  writer.style({ size: fontSizes.heading, bold: true, colour: colours.accent });
  doc.text(writer.t('report.contents'), sheet.left, y, { baseline: 'top' });
  y += lineHeight(fontSizes.heading) + 1.5;
  writer.sectionPages.forEach(({ title, page }, index) => {
    writer.style({ size: fontSizes.body });
    doc.text(`${index + 2}   ${title}`, sheet.left, y, { baseline: 'top' });
    doc.text(String(page), sheet.left + contentWidth, y, { baseline: 'top', align: 'right' });
    doc.setDrawColor(...colours.rule);
    doc.setLineDashPattern([0.4, 1], 0);
    doc.line(sheet.left + 4 + doc.getTextWidth(`${index + 2}   ${title}`), y + 3, sheet.left + contentWidth - 8, y + 3);
    doc.setLineDashPattern([], 0);
    y += lineHeight(fontSizes.body) + 0.8;
  });
}

export const contentsHeight = 45;

/** Draws the cover and returns where the contents go. */
export function drawCover(writer: ReportWriter, model: ReportModel): number {
  const { doc } = writer;
  const { options, data } = model;
  doc.setFillColor(...(options.policeCopy ? colours.accent : colours.warning));
  doc.rect(0, 0, sheet.width, 6, 'F');
  writer.y = sheet.top + 8;
  writer.paragraph(writer.t('report.title'), { size: fontSizes.title, bold: true }, { after: 1 });
  writer.paragraph(writer.t('report.subtitle'), { size: 12, colour: colours.muted }, { after: 4 });
  copyMark(writer, options.policeCopy);
  writer.y += 2;
  writer.rule();
  writer.y += 5;
  const facts: [string, string][] = [];
  if (data.caseDetails.ownName.trim()) facts.push([writer.t('report.keptBy'), writer.user(data.caseDetails.ownName)]);
  facts.push(
    [writer.t('report.period'), periodText(writer, model)],
    [writer.t('report.incidentCount'), String(model.log.length)],
    [writer.t('report.annexCount'), String(model.annexes.length)],
    [writer.t('report.order'), writer.t(options.order === 'newestFirst' ? 'report.order.newestFirst' : 'report.order.oldestFirst')],
    [writer.t('report.generated'), formatInstantInZone(data.generatedAt, writer.language, 'dateTime', data.timeZone)],
  );
  writer.fields(facts, { labelWidth: 46, size: 10.5, after: 2 });
  if (data.caseDetails.clearNoDate) {
    writer.fields([[writer.t('report.overview.chartClearNo'), formatCalendarDate(data.caseDetails.clearNoDate, writer.language)]], { labelWidth: 46, size: 10.5 });
  }
  fingerprintBox(writer, model);
  if (options.policeCopy) {
    writer.paragraph(writer.t(model.withheldCount ? 'report.withheld' : 'report.withheldNone', { count: model.withheldCount }), { colour: colours.warning }, { after: 4 });
  }
  const contentsTop = writer.y;
  writer.y += contentsHeight;
  people(writer, model);
  return contentsTop;
}

/** The police copy wears a small label; the own copy a red box that cannot be mistaken for it. */
function copyMark(writer: ReportWriter, policeCopy: boolean): void {
  const { doc } = writer;
  if (policeCopy) {
    const label = writer.t('report.policeCopy');
    writer.style({ size: 10, bold: true, colour: [255, 255, 255] });
    doc.setFillColor(...colours.accent);
    doc.roundedRect(sheet.left, writer.y, doc.getTextWidth(label) + 8, 7, 1.2, 1.2, 'F');
    doc.text(label, sheet.left + 4, writer.y + 3.5, { baseline: 'middle' });
    writer.y += 11;
    return;
  }
  const noteLines = writer.lines(writer.t('report.privateCopyNote'), contentWidth - 10, { size: fontSizes.body });
  const height = 6 + lineHeight(16) + noteLines.length * lineHeight(fontSizes.body) + 3;
  doc.setDrawColor(...colours.warning);
  doc.setLineWidth(0.8);
  doc.setFillColor(253, 236, 236);
  doc.roundedRect(sheet.left, writer.y, contentWidth, height, 1.5, 1.5, 'FD');
  let y = writer.y + 4;
  writer.style({ size: 16, bold: true, colour: colours.warning });
  doc.text(writer.t('report.privateCopy'), sheet.left + 5, y, { baseline: 'top' });
  y += lineHeight(16) + 1;
  writer.style({ size: fontSizes.body, colour: colours.ink });
  for (const line of noteLines) {
    doc.text(line, sheet.left + 5, y, { baseline: 'top' });
    y += lineHeight(fontSizes.body);
  }
  writer.y += height + 4;
}

function fingerprintBox(writer: ReportWriter, model: ReportModel): void {
  const { doc } = writer;
  const top = writer.y;
  const noteLines = writer.lines(writer.t('report.fingerprintNote'), contentWidth - 8, { size: fontSizes.small });
  const height = 6 + lineHeight(fontSizes.body) * 2 + noteLines.length * lineHeight(fontSizes.small) + 2;
  doc.setFillColor(...colours.accentLight);
  doc.rect(sheet.left, top, contentWidth, height, 'F');
  writer.y = top + 3;
  writer.style({ size: fontSizes.body, bold: true, colour: colours.accent });
  doc.text(writer.t('report.fingerprint'), sheet.left + 4, writer.y, { baseline: 'top' });
  writer.y += lineHeight(fontSizes.body);
  writer.style({ size: fontSizes.body });
  doc.text(model.fingerprint, sheet.left + 4, writer.y, { baseline: 'top' });
  writer.y += lineHeight(fontSizes.body) + 1;
  writer.style({ size: fontSizes.small, colour: colours.muted });
  for (const line of noteLines) {
    doc.text(line, sheet.left + 4, writer.y, { baseline: 'top' });
    writer.y += lineHeight(fontSizes.small);
  }
  writer.y = top + height + 5;
}
