import { autoTable } from 'jspdf-autotable';
import type { ReportModel } from '../model';
import { colours, fontSizes, type ReportWriter } from '../writer';

// Everyone named as a witness, once, with the incidents they saw: who the police can call.

export function drawWitnesses(writer: ReportWriter, model: ReportModel): void {
  writer.section(writer.t('report.section.witnesses'));
  writer.paragraph(writer.t('report.witness.intro'), { size: fontSizes.small, colour: colours.muted }, { after: 3 });
  if (!model.witnesses.length) {
    writer.paragraph(writer.t('report.witness.none'), { colour: colours.muted });
    return;
  }
  const number = writer.t('report.column.number');
  autoTable(writer.doc, writer.tableOptions({
    head: [[writer.t('report.column.name'), writer.t('report.column.contact'), writer.t('report.column.note'), writer.t('report.column.incident')]],
    body: model.witnesses.map(({ witness, notes, incidentNumbers }) => [
      writer.user(witness.name), writer.user(witness.contact), writer.user(notes.join('\n')),
      incidentNumbers.map((incident) => `${number} ${incident}`).join(', '),
    ]),
    columnStyles: { 0: { cellWidth: 40 }, 1: { cellWidth: 45 }, 3: { cellWidth: 32 } },
  }));
  writer.afterTable();
}
