import { autoTable } from 'jspdf-autotable';
import { sizeColumns } from '../columns';
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
  const head = [writer.t('report.column.name'), writer.t('report.column.contact'), writer.t('report.column.note'), writer.t('report.column.incident')];
  const { body, columnStyles } = sizeColumns(writer, head, model.witnesses.map(({ witness, notes, incidentNumbers }) => [
    writer.user(witness.name), writer.user(witness.contact), writer.user(notes.join('\n')),
    incidentNumbers.map((incident) => `${number} ${incident}`).join(', '),
  ]), [{ min: 36, max: 50 }, { min: 30, max: 55 }, { rest: true, min: 40 }, { min: 15, max: 32 }]);
  autoTable(writer.doc, writer.tableOptions({ head: [head], body, columnStyles }));
  writer.afterTable();
}
