import { evidenceNotes } from '../../domain/evidenceNotes';
import { visibleName } from '../../domain/visibleName';
import { evidenceNoteText } from '../../i18n/evidenceNoteText';
import { fileKindName } from '../../i18n/fileKinds';
import { fileSize, incidentTime, readerTime, wallTimeOffsetUnknown } from '../format';
import type { Annex, ReportModel } from '../model';
import type { BuildHooks, PreparedPhoto } from '../types';
import { colours, contentWidth, fontSizes, lineHeight, sheet, type ReportWriter } from '../writer';

// Bilag B1, B2...: the facts that identify each original file, and the photo itself where it can be shown.

// Photos sit beside their facts, so two annexes fit on a page whatever the photo's orientation.
const photoBox = { width: 100, height: 95 };
const factsWidth = contentWidth - photoBox.width - 5;

function facts(writer: ReportWriter, model: ReportModel, annex: Annex): { identity: [string, string][]; file: [string, string][] } {
  const { facts: file } = annex;
  const zone = model.data.timeZone;
  const entry = model.log.find((candidate) => candidate.number === annex.incidentNumber)!;
  const capturedTime = file.capturedLocalTime
    ? wallTimeOffsetUnknown(file.capturedLocalTime, writer.language)
    : file.capturedAt !== undefined && readerTime(file.capturedAt, writer.language, zone);
  const captured = !capturedTime
    ? writer.t('report.annex.capturedUnknown')
    : `${capturedTime}${file.capturedAtSource ? ` (${writer.t(`report.annex.source.${file.capturedAtSource}`)})` : ''}`;
  return {
    identity: [
      [writer.t('report.annex.incident'), writer.t('report.annex.incidentValue', { number: annex.incidentNumber, when: incidentTime(entry.incident, writer.language, zone) })],
      [writer.t('report.annex.hash'), file.sha256],
    ],
    file: [
      [writer.t('report.annex.fileName'), writer.user(visibleName(file.fileName))],
      [writer.t('report.annex.type'), `${fileKindName(writer.language, file.mimeType, file.fileName)}, ${file.mimeType}`],
      [writer.t('report.annex.size'), fileSize(file.size, writer.language)],
      [writer.t('report.annex.captured'), captured],
      ...(file.recordedUntil !== undefined ? [[writer.t('report.annex.recordedUntil'), readerTime(file.recordedUntil, writer.language, zone)] as [string, string]] : []),
      [writer.t('report.annex.added'), readerTime(file.addedAt, writer.language, zone)],
    ],
  };
}

function title(writer: ReportWriter, annex: Annex): void {
  const { doc } = writer;
  writer.style({ size: fontSizes.heading, bold: true, colour: [255, 255, 255] });
  const badge = doc.getTextWidth(annex.number) + 5;
  doc.setFillColor(...colours.accent);
  doc.rect(sheet.left, writer.y, badge, 6.5, 'F');
  doc.text(annex.number, sheet.left + 2.5, writer.y + 3.25, { baseline: 'middle' });
  const name = writer.lines(writer.user(visibleName(annex.facts.fileName)), contentWidth - badge - 4, { size: fontSizes.heading, bold: true })[0] ?? '';
  writer.style({ size: fontSizes.heading, bold: true });
  doc.text(name, sheet.left + badge + 3, writer.y + 3.25, { baseline: 'middle' });
  writer.y += 9;
}

function photoSize(photo: PreparedPhoto): { width: number; height: number } {
  const scale = Math.min(photoBox.width / photo.width, photoBox.height / photo.height);
  return { width: photo.width * scale, height: photo.height * scale };
}

function drawPhoto(writer: ReportWriter, annex: Annex, photo: PreparedPhoto, file: [string, string][]): void {
  const { doc } = writer;
  const size = photoSize(photo);
  const top = writer.y;
  const x = sheet.left + contentWidth - photoBox.width + (photoBox.width - size.width) / 2;
  doc.addImage(photo.jpeg, 'JPEG', x, top, size.width, size.height, annex.number, 'NONE');
  doc.setDrawColor(...colours.rule);
  doc.setLineWidth(0.2);
  doc.rect(x, top, size.width, size.height);
  writer.fields(file, { labelWidth: 24, width: factsWidth, size: fontSizes.table, after: 0 });
  writer.y = Math.max(writer.y, top + size.height) + 1.5;
}

/** An annex whose stored bytes or facts no longer match is flagged, and its bytes are never shown as the original. */
function warnings(writer: ReportWriter, model: ReportModel, annex: Annex): string[] {
  const findings = model.findingsByAttachment.get(annex.attachmentId) ?? [];
  const fields = findings.filter((finding) => finding.entity === 'attachment' && finding.field).map((finding) => finding.field!);
  return [
    findings.some((finding) => finding.entity === 'file' && finding.problem === 'bytes') && writer.t('report.annex.bytesChanged'),
    findings.some((finding) => finding.entity === 'file' && finding.problem === 'missing') && writer.t('report.annex.fileMissing'),
    fields.length > 0 && writer.t('report.annex.recordChanged', { fields: fields.join(', ') }),
  ].filter((text): text is string => !!text);
}

export function annexTrusted(model: ReportModel, annex: Annex): boolean {
  return !(model.findingsByAttachment.get(annex.attachmentId) ?? []).some((finding) => finding.entity === 'file');
}

/** Suspicious facts (empty file, odd capture time, a name that lies about the content), in the warning colour. */
function drawNotes(writer: ReportWriter, notes: string[]): void {
  for (const note of notes) writer.paragraph(`⚠ ${note}`, { size: fontSizes.table, colour: colours.warning }, { after: 0.8 });
}

function drawAnnex(writer: ReportWriter, model: ReportModel, annex: Annex, photo: PreparedPhoto | undefined): void {
  const isImage = annex.mimeType.startsWith('image/');
  const { identity, file } = facts(writer, model, annex);
  const flagged = warnings(writer, model, annex);
  const notes = evidenceNotes(annex.facts).map((note) => evidenceNoteText(note, writer.language));
  const step = lineHeight(fontSizes.body) + 0.8;
  writer.ensure(9 + 2 * step + (photo ? photoSize(photo).height + 2 : file.length * step) + notes.length * step + 12);
  title(writer, annex);
  for (const warning of flagged) writer.paragraph(warning, { bold: true, colour: colours.warning }, { after: 1.5 });
  writer.fields(identity, { labelWidth: 24, after: 1.5 });
  drawNotes(writer, notes);
  if (photo) {
    drawPhoto(writer, annex, photo, file);
    writer.paragraph(writer.t('report.annex.reduced'), { size: fontSizes.small, colour: colours.muted }, { after: 0 });
  } else {
    writer.fields(file, { labelWidth: 24, after: 1 });
    const note = !isImage ? 'report.annex.notViewable' : model.options.includePhotos ? 'report.annex.notShown' : 'report.annex.photosOff';
    if (annexTrusted(model, annex)) writer.paragraph(writer.t(note), { size: fontSizes.small, colour: colours.muted }, { after: 0 });
  }
  writer.y += 4;
  writer.rule();
  writer.y += 5;
}

/** The next photo is prepared while this one is placed: two cores busy, at most two photos in memory. */
function photoQueue(model: ReportModel, hooks: BuildHooks) {
  const shown = (annex: Annex) => annex.mimeType.startsWith('image/') && annexTrusted(model, annex);
  const images = model.options.includePhotos && hooks.preparePhoto ? model.annexes.filter(shown) : [];
  const pending = new Map<Annex, Promise<PreparedPhoto | undefined>>();
  const request = (index: number) => {
    const annex = images[index];
    if (annex && !pending.has(annex)) pending.set(annex, hooks.preparePhoto!(annex.facts));
  };
  let next = 0;
  return {
    total: images.length,
    includes: (annex: Annex) => images.includes(annex),
    async take(annex: Annex): Promise<PreparedPhoto | undefined> {
      if (images[next] !== annex) return undefined;
      request(next);
      request(next + 1);
      next += 1;
      const photo = await pending.get(annex);
      pending.delete(annex);
      return photo;
    },
  };
}

export async function drawAnnexes(writer: ReportWriter, model: ReportModel, hooks: BuildHooks): Promise<void> {
  writer.section(writer.t('report.section.annexes'));
  writer.paragraph(writer.t('report.annex.intro'), { size: fontSizes.small, colour: colours.muted }, { after: 4 });
  if (!model.annexes.length) writer.paragraph(writer.t('report.annex.none'), { colour: colours.muted });
  const photos = photoQueue(model, hooks);
  let photosDone = 0;
  for (const annex of model.annexes) {
    const photo = await photos.take(annex);
    drawAnnex(writer, model, annex, photo);
    if (photos.total && photos.includes(annex)) hooks.onProgress?.({ stage: 'photos', done: ++photosDone, total: photos.total });
  }
}
