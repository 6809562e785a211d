import { autoTable } from 'jspdf-autotable';
import type { ReportModel } from '../model';
import { incidentTime, readerTime } from '../format';
import { colours, contentWidth, fontSizes, lineHeight, sheet, type ReportWriter } from '../writer';

// How the reader can trust what they read: when each entry was written and changed, the hash chain, and how to check a file.

const checkCommands = [
  ['Linux', 'sha256sum {file}'],
  ['Windows', 'certutil -hashfile {file} SHA256'],
  ['macOS', 'shasum -a 256 {file}'],
] as const;

function chain(writer: ReportWriter, model: ReportModel): void {
  const check = model.data.historyCheck;
  writer.heading(writer.t('report.integrity.chain'), { keepWith: 24 });
  writer.fields([
    [writer.t('report.integrity.entries'), String(check.count)],
    [writer.t('report.integrity.head'), check.headHash],
  ], { labelWidth: 46, size: fontSizes.table, after: 1 });
  writer.paragraph(
    check.ok ? writer.t('report.integrity.ok') : writer.t('report.integrity.broken', { seq: check.brokenAt ?? '?' }),
    { bold: true, colour: check.ok ? colours.good : colours.warning },
    { after: 5 },
  );
}

function howToCheck(writer: ReportWriter): void {
  const { doc } = writer;
  writer.heading(writer.t('report.integrity.howTo'), { keepWith: 40 });
  writer.paragraph(writer.t('report.integrity.howToText'), {}, { after: 2 });
  const file = writer.t('report.integrity.file');
  const step = lineHeight(fontSizes.body) + 1;
  writer.ensure(checkCommands.length * step + 6);
  doc.setFillColor(...colours.stripe);
  doc.rect(sheet.left, writer.y, contentWidth, checkCommands.length * step + 4, 'F');
  writer.y += 2;
  for (const [system, command] of checkCommands) {
    writer.style({ size: fontSizes.body, bold: true });
    doc.text(system, sheet.left + 4, writer.y, { baseline: 'top' });
    writer.style({ size: fontSizes.body });
    doc.text(command.replace('{file}', file), sheet.left + 30, writer.y, { baseline: 'top' });
    writer.y += step;
  }
  writer.y += 6;
}

function perIncident(writer: ReportWriter, model: ReportModel): void {
  writer.heading(writer.t('report.integrity.perIncident'));
  writer.paragraph(writer.t('report.integrity.changesNote'), { size: fontSizes.small, colour: colours.muted }, { after: 2 });
  const { language } = writer;
  const zone = model.data.timeZone;
  const unknown = writer.t('report.integrity.notRecorded');
  autoTable(writer.doc, writer.tableOptions({
    head: [[writer.t('report.column.number'), writer.t('report.column.happened'), writer.t('report.column.firstWritten'), writer.t('report.column.lastChanged'), writer.t('report.column.changes')]],
    body: model.log.map(({ number, incident }) => {
      const history = model.data.history[incident.id];
      return [
        String(number),
        incidentTime(incident, language, zone),
        history ? readerTime(history.firstWrittenAt, language, zone) : unknown,
        history ? readerTime(history.lastChangedAt, language, zone) : unknown,
        history ? String(history.changes) : unknown,
      ];
    }),
    columnStyles: { 0: { cellWidth: 10, halign: 'right' }, 1: { cellWidth: 52 }, 2: { cellWidth: 45 }, 3: { cellWidth: 45 }, 4: { cellWidth: 22, halign: 'right' } },
  }));
  writer.afterTable();
}

/** `unsupported` is known only after every other section was written, so it is passed in last. */
export function drawIntegrity(writer: ReportWriter, model: ReportModel, unsupported: string[]): void {
  writer.section(writer.t('report.section.integrity'));
  writer.paragraph(writer.t('report.integrity.intro'), {}, { after: 4 });
  chain(writer, model);
  howToCheck(writer);
  if (unsupported.length) writer.paragraph(writer.t('report.integrity.unsupported', { list: unsupported.join(' ') }), { colour: colours.warning }, { after: 5 });
  perIncident(writer, model);
}
