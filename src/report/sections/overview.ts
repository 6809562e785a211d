import { autoTable } from 'jspdf-autotable';
import type { MessageKey } from '../../i18n/catalogue';
import { formatCalendarDate } from '../../i18n/calendarDates';
import { formatZonedTime } from '../../i18n/dates';
import { incidentTime } from '../format';
import type { ReportModel } from '../model';
import { colours, contentWidth, fontSizes, type ReportWriter } from '../writer';
import { drawChart, type ChartMarker } from './chart';

// The pattern at a glance: how often, what kind, since when, and the few incidents that show it best.

const keyExampleLength = 280;

function byKind(writer: ReportWriter, model: ReportModel): void {
  writer.heading(writer.t('report.overview.byKind'));
  const { byKind: kinds, total } = model.summary;
  const max = Math.max(1, ...kinds.map((entry) => entry.count));
  autoTable(writer.doc, writer.tableOptions({
    head: [[writer.t('report.overview.kind'), writer.t('report.overview.count'), '']],
    body: kinds.map((entry) => [writer.t(`kind.${entry.kind}` as MessageKey), String(entry.count), '']),
    foot: [[writer.t('report.overview.total'), String(total), '']],
    showFoot: 'lastPage',
    footStyles: { font: 'DejaVuSans', fontStyle: 'bold', fillColor: colours.accentLight, textColor: colours.ink },
    columnStyles: { 0: { cellWidth: 92 }, 1: { cellWidth: 18, halign: 'right' }, 2: { cellWidth: contentWidth - 110 } },
    didDrawCell: (cell) => {
      if (cell.section !== 'body' || cell.column.index !== 2) return;
      const count = kinds[cell.row.index]?.count ?? 0;
      writer.doc.setFillColor(...colours.accent);
      writer.doc.rect(cell.cell.x + 1.5, cell.cell.y + 1.6, (cell.cell.width - 3) * (count / max), cell.cell.height - 3.2, 'F');
    },
  }));
  writer.afterTable();
}

function milestones(writer: ReportWriter, model: ReportModel): void {
  const { summary } = model;
  writer.heading(writer.t('report.overview.milestones'), { keepWith: 12 });
  if (summary.clearNo) {
    writer.paragraph(writer.t('report.overview.clearNo', { date: formatCalendarDate(summary.clearNo.date, writer.language), count: summary.clearNo.incidentsAfter }), { bold: true }, { after: 0.5 });
    if (model.data.caseDetails.clearNoNote.trim()) writer.paragraph(writer.user(model.data.caseDetails.clearNoNote), { colour: colours.muted }, { indent: 4 });
  } else {
    writer.paragraph(writer.t('report.overview.clearNoMissing'), { colour: colours.muted });
  }
  writer.y += 1;
  if (!summary.restrainingOrders.length) writer.paragraph(writer.t('report.overview.ordersNone'), { colour: colours.muted });
  for (const { order, incidentsAfter } of summary.restrainingOrders) {
    writer.paragraph(writer.t('report.overview.order', { date: formatCalendarDate(order.issuedOn, writer.language), count: incidentsAfter }), { bold: true }, { after: 0.5 });
    const details = [
      order.journalNumber.trim() ? writer.t('report.overview.journal', { number: writer.user(order.journalNumber) }) : '',
      order.expiresOn ? writer.t('report.overview.orderExpires', { date: formatCalendarDate(order.expiresOn, writer.language) }) : '',
      writer.user(order.note.trim()),
    ].filter(Boolean).join(' · ');
    if (details) writer.paragraph(details, { colour: colours.muted }, { indent: 4 });
  }
  writer.y += 4;
}

function policeContacts(writer: ReportWriter, model: ReportModel): void {
  writer.heading(writer.t('report.overview.police'), { keepWith: 30 });
  const contacts = model.summary.policeContacts;
  if (!contacts.length) {
    writer.paragraph(writer.t('report.overview.policeNone'), { colour: colours.muted }, { after: 4 });
    return;
  }
  const numbers = new Map(model.log.map((entry) => [entry.incident.id, entry.number]));
  autoTable(writer.doc, writer.tableOptions({
    head: [[writer.t('report.column.when'), writer.t('report.column.journal'), writer.t('report.column.officer'), writer.t('report.column.phone'), writer.t('report.column.incident')]],
    body: contacts.map((contact) => [
      formatZonedTime(contact.occurredAt, contact.timeZone, model.data.timeZone, writer.language, 'shortDateTime'),
      writer.user(contact.journalNumber), writer.user(contact.officer), writer.user(contact.phone),
      `${writer.t('report.column.number')} ${numbers.get(contact.incidentId) ?? ''}`,
    ]),
    columnStyles: { 0: { cellWidth: 40 }, 4: { cellWidth: 22 } },
  }));
  writer.afterTable();
}

function keyExamples(writer: ReportWriter, model: ReportModel): void {
  writer.heading(writer.t('report.overview.keyExamples'), { keepWith: 12 });
  const byId = new Map(model.log.map((entry) => [entry.incident.id, entry]));
  const examples = model.summary.keyExamples.slice(0, 5);
  if (!examples.length) writer.paragraph(writer.t('report.overview.keyExamplesNone'), { colour: colours.muted });
  for (const incident of examples) {
    const entry = byId.get(incident.id)!;
    const text = incident.description.trim().replace(/\s+/g, ' ');
    const short = text.length > keyExampleLength ? `${text.slice(0, keyExampleLength).trimEnd()}…` : text;
    const title = `${writer.t('report.column.number')} ${entry.number} · ${incidentTime(incident, writer.language, model.data.timeZone)} · ${writer.t(`kind.${incident.kind}` as MessageKey)}`;
    const body = short ? writer.user(short) : '';
    const note = writer.t('report.overview.keyExampleMore', { number: entry.number });
    const noteStyle = { size: fontSizes.small, colour: colours.muted };
    // An example is a few lines: keep it together rather than leave its last line alone on the next page.
    writer.ensure(
      writer.paragraphHeight(title, { bold: true }, { after: 0.5 }) + (body ? writer.paragraphHeight(body, {}, { after: 0.5 }) : 0)
        + writer.paragraphHeight(note, noteStyle, { after: 0 }),
    );
    writer.paragraph(title, { bold: true }, { after: 0.5 });
    if (body) writer.paragraph(body, {}, { after: 0.5 });
    writer.paragraph(note, noteStyle, { after: 3.5 });
  }
}

export function drawOverview(writer: ReportWriter, model: ReportModel): void {
  writer.section(writer.t('report.section.overview'));
  byKind(writer, model);
  writer.heading(writer.t(model.summary.period === 'week' ? 'report.overview.perWeek' : 'report.overview.perMonth'), { keepWith: 70 });
  if (model.summary.perPeriod.length) {
    const markers: ChartMarker[] = [];
    if (model.summary.clearNo) markers.push({ label: writer.t('report.overview.chartClearNo'), isoDate: model.summary.clearNo.date });
    for (const { order } of model.summary.restrainingOrders) markers.push({ label: writer.t('report.overview.chartOrder'), isoDate: order.issuedOn });
    drawChart(writer, model.summary, markers);
  } else {
    writer.paragraph(writer.t('report.overview.chartNone'), { colour: colours.muted });
  }
  milestones(writer, model);
  policeContacts(writer, model);
  keyExamples(writer, model);
}
