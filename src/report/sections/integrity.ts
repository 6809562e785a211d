import { autoTable } from 'jspdf-autotable';
import type { ReportModel } from '../model';
import type { Difference } from '../../domain/integrity/types';
import { catalogue, type MessageKey } from '../../i18n/catalogue';
import { fileSize, incidentTime, readerTime } from '../format';
import { colours, contentWidth, fontSizes, lineHeight, sheet, type ReportWriter } from '../writer';

// How the reader can trust what they read: when each entry was written and changed, the hash chain, and how to check a file.

const checkCommands = [
  ['Linux', 'sha256sum {file}'],
  ['Windows', 'certutil -hashfile {file} SHA256'],
  ['macOS', 'shasum -a 256 {file}'],
] as const;

type Finding = { text: string };

/** A record named as the reader finds it in this report: incident number, annex number, or an id when it is not printed. */
function recordName(writer: ReportWriter, model: ReportModel, difference: Difference): string {
  const incidentNumber = model.log.find((entry) => entry.incident.id === difference.id)?.number;
  const annex = model.annexes.find((candidate) => candidate.attachmentId === difference.id);
  const id = difference.id.slice(0, 8);
  switch (difference.entity) {
    case 'incident': return incidentNumber ? writer.t('report.integrity.record.incident', { number: incidentNumber }) : writer.t('report.integrity.record.incidentOther', { id });
    case 'attachment':
    case 'file': return annex ? writer.t('report.integrity.record.annex', { number: annex.number }) : writer.t('report.integrity.record.fileOther', { id });
    case 'person': return writer.t('report.integrity.record.person', { id });
    case 'case': return writer.t('report.integrity.record.case');
  }
}

function findingText(writer: ReportWriter, model: ReportModel, difference: Difference): Finding {
  const record = recordName(writer, model, difference);
  if (difference.entity === 'file') {
    const key = difference.problem === 'missing' ? 'report.integrity.finding.fileMissing' : difference.problem === 'unrecorded' ? 'report.integrity.finding.unrecorded' : 'report.integrity.finding.bytes';
    return { text: writer.t(key, { record }) };
  }
  return { text: writer.t(`report.integrity.finding.${difference.problem === 'bytes' ? 'changed' : difference.problem}`, { record, field: fieldLabel(writer, difference.field ?? '') }) };
}

/** The words the editor uses for a field where it has them, else the stored name. */
export function fieldLabel(writer: ReportWriter, field: string): string {
  const key = `incident.field.${field}`;
  return key in catalogue.en ? writer.t(key as MessageKey) : field;
}

function warn(writer: ReportWriter, text: string): void {
  writer.paragraph(text, { bold: true, colour: colours.warning }, { after: 1.5 });
}

function list(writer: ReportWriter, findings: Finding[]): void {
  for (const finding of findings) writer.paragraph(`• ${writer.user(finding.text)}`, { colour: colours.warning }, { indent: 4, after: 1 });
  writer.y += 2;
}

/** Each sentence below is the result of one check in `data.verification`; none is printed without its check. */
function checks(writer: ReportWriter, model: ReportModel): void {
  const { verification } = model.data;
  const { language } = writer;
  const zone = model.data.timeZone;
  const { chain, differences, heads, files } = verification;
  writer.heading(writer.t('report.integrity.checks'), { keepWith: 24 });
  writer.fields([
    [writer.t('report.integrity.entries'), String(chain.count)],
    [writer.t('report.integrity.head'), chain.headHash],
  ], { labelWidth: 46, size: fontSizes.table, after: 1 });
  const findings = chain.problems.length + differences.length + heads.problems.length;
  writer.paragraph(
    findings ? writer.t('report.integrity.resultFindings', { count: findings }) : writer.t('report.integrity.resultOk'),
    { bold: true, colour: findings ? colours.warning : colours.good },
    { after: 3 },
  );

  if (chain.problems.length) warn(writer, writer.t('report.integrity.chainBroken', { list: [...new Set(chain.problems.map((problem) => problem.seq))].join(', ') }));
  else writer.paragraph(writer.tn('report.integrity.chainOk', chain.count), {}, { after: 2 });

  const recordFindings = differences.filter((difference) => difference.entity !== 'file');
  if (recordFindings.length) {
    warn(writer, writer.t('report.integrity.recordsDiffer'));
    list(writer, recordFindings.map((difference) => findingText(writer, model, difference)));
  } else writer.paragraph(writer.t('report.integrity.recordsOk'), {}, { after: 2 });

  const fileFindings = differences.filter((difference) => difference.entity === 'file');
  if (fileFindings.length) {
    warn(writer, writer.t('report.integrity.filesDiffer'));
    list(writer, fileFindings.map((difference) => findingText(writer, model, difference)));
  } else if (files.count) {
    writer.paragraph(writer.tn('report.integrity.filesOk', files.count, { size: fileSize(files.bytes, language) }), {}, { after: 2 });
  } else writer.paragraph(writer.t('report.integrity.filesNone'), {}, { after: 2 });

  for (const problem of heads.problems) {
    warn(writer, writer.t('report.integrity.headContradicted', {
      kind: writer.t(`report.integrity.kind.${problem.head.kind}`),
      time: readerTime(problem.head.issuedAt, language, zone),
      count: problem.head.count,
      problem: writer.t(`report.integrity.headProblem.${problem.problem}`),
    }));
  }
  if (!heads.problems.length) {
    writer.paragraph(heads.checked.length ? writer.t('report.integrity.headsOk', { count: heads.checked.length }) : writer.t('report.integrity.headsNone'), {}, { after: 2 });
  }
  for (const seal of heads.checked.filter((head) => head.kind === 'seal')) {
    writer.paragraph(writer.t('report.integrity.seal', { count: seal.count, time: readerTime(seal.issuedAt, language, zone), hash: seal.hash }), {}, { after: 2 });
  }
  for (const erasure of chain.erasures) {
    writer.paragraph(writer.t('report.integrity.erasure', { time: readerTime(erasure.at, language, zone), entries: erasure.erasedEntries }), {}, { after: 2 });
  }
  if (chain.unrecomputable) writer.paragraph(writer.t('report.integrity.unrecomputable', { count: chain.unrecomputable }), {}, { after: 2 });

  writer.heading(writer.t('report.integrity.limits'), { keepWith: 24 });
  writer.paragraph(writer.t('report.integrity.limitsText'), {}, { after: 5 });
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
  checks(writer, model);
  howToCheck(writer);
  if (unsupported.length) writer.paragraph(writer.t('report.integrity.unsupported', { list: unsupported.join(' ') }), { colour: colours.warning }, { after: 5 });
  perIncident(writer, model);
}
