import { autoTable } from 'jspdf-autotable';
import type { MessageKey } from '../../i18n/catalogue';
import { incidentTime } from '../format';
import { sizeColumns } from '../columns';
import type { LogEntry, ReportModel } from '../model';
import { colours, fontSizes, type ReportWriter } from '../writer';
import { fieldLabel } from './integrity';

// One row per incident, every word the user wrote: cells wrap and rows break across pages, never cut.

/** Where the verification found this incident (or its files) differing from its history, the row says so. */
function findingNote(writer: ReportWriter, model: ReportModel, entry: LogEntry): string {
  const findings = model.findingsByIncident.get(entry.incident.id) ?? [];
  if (!findings.length) return '';
  const named = findings.map((finding) => (finding.entity === 'incident' && finding.field ? fieldLabel(writer, finding.field) : writer.t('report.log.findingFile')));
  return writer.t('report.log.finding', { fields: [...new Set(named)].join(', ') });
}

function whatHappened(writer: ReportWriter, entry: LogEntry, model: ReportModel): string {
  const { incident } = entry;
  const police = [incident.police.journalNumber, incident.police.officer, incident.police.phone].map((part) => part.trim()).filter(Boolean).join(', ');
  const parts = [
    incident.description.trim(),
    incident.peopleInvolved.trim() && writer.t('report.log.involved', { text: incident.peopleInvolved.trim() }),
    incident.effect.trim() && writer.t('report.log.effect', { text: incident.effect.trim() }),
    police && writer.t('report.log.police', { text: police }),
    entry.withheld.length > 0 && writer.t('report.log.withheld', { fields: entry.withheld.map((field) => writer.t(`incident.field.${field}`)).join(', ') }),
  ];
  const finding = findingNote(writer, model, entry);
  return [finding, writer.user(parts.filter(Boolean).join('\n\n'))].filter(Boolean).join('\n\n');
}

function row(writer: ReportWriter, entry: LogEntry, model: ReportModel): string[] {
  const { incident } = entry;
  const kind = writer.t(`kind.${incident.kind}` as MessageKey);
  return [
    String(entry.number),
    incidentTime(incident, writer.language, model.data.timeZone),
    incident.keyExample ? `${kind}\n\n★ ${writer.t('report.log.keyExample')}` : kind,
    writer.user(incident.place.text.trim()),
    whatHappened(writer, entry, model),
    writer.user(incident.witnesses.map((witness) => [witness.name, witness.contact].filter((part) => part.trim()).join(', ')).join('\n')),
    entry.annexes.map((annex) => annex.number).join('\n'),
  ];
}

export function drawLog(writer: ReportWriter, model: ReportModel): void {
  writer.section(writer.t('report.section.log'));
  const order = writer.t(model.options.order === 'newestFirst' ? 'report.order.newestFirst' : 'report.order.oldestFirst');
  writer.paragraph(writer.t('report.log.intro', { order, zone: model.data.timeZone }), { size: fontSizes.small, colour: colours.muted }, { after: 3 });
  if (!model.log.length) {
    writer.paragraph(writer.t('report.log.none'), { colour: colours.muted });
    return;
  }
  const head = [
    writer.t('report.column.number'), writer.t('report.column.when'), writer.t('report.column.kind'), writer.t('report.column.place'),
    writer.t('report.column.what'), writer.t('report.column.witnesses'), writer.t('report.column.annexes'),
  ];
  const { body, columnStyles } = sizeColumns(writer, head, model.log.map((entry) => row(writer, entry, model)), [
    { min: 7, max: 12, bold: true }, { min: 20, max: 30 }, { min: 17, max: 34 }, { min: 18, max: 38 },
    { rest: true, min: 44 }, { min: 24, max: 38 }, { min: 11, max: 16 },
  ]);
  autoTable(writer.doc, writer.tableOptions({
    head: [head],
    body,
    columnStyles: { ...columnStyles, 0: { ...columnStyles?.[0], halign: 'right', fontStyle: 'bold' } },
  }));
  writer.afterTable();
}
