import { jsPDF } from 'jspdf';
import { drawInVisualOrder } from './bidi';
import { embedFonts } from './fonts';
import { buildModel } from './model';
import { drawAnnexes } from './sections/annexes';
import { drawContents, drawCover } from './sections/cover';
import { drawFooters } from './sections/footer';
import { drawIntegrity } from './sections/integrity';
import { drawLog } from './sections/log';
import { drawOverview } from './sections/overview';
import { drawPrivateHeaders } from './sections/privateHeader';
import { drawWitnesses } from './sections/witnesses';
import type { BuildHooks, BuiltReport, ReportData, ReportFonts, ReportOptions } from './types';
import { ReportWriter } from './writer';

/** Data in, PDF bytes out: no storage, network or DOM; photos arrive through `hooks.preparePhoto`, one at a time. */
export async function buildReport(data: ReportData, options: ReportOptions, fonts: ReportFonts, hooks: BuildHooks = {}): Promise<BuiltReport> {
  const model = buildModel(data, options);
  const doc = new jsPDF({ orientation: 'portrait', unit: 'mm', format: 'a4', compress: true, putOnlyUsedFonts: true });
  doc.setLineHeightFactor(1.25);
  drawInVisualOrder(doc);
  doc.setProperties({ title: `Spor ${model.fingerprint.slice(0, 16)}`, creator: 'Spor' });
  const writer = new ReportWriter(doc, embedFonts(doc, fonts), options.language);
  const layout = (done: number) => hooks.onProgress?.({ stage: 'layout', done, total: 6 });

  layout(0);
  const contentsTop = drawCover(writer, model);
  drawOverview(writer, model);
  layout(1);
  drawLog(writer, model);
  layout(2);
  await drawAnnexes(writer, model, hooks);
  layout(3);
  drawWitnesses(writer, model);
  layout(4);
  const unsupported = [...writer.coverage.replaced].sort();
  drawIntegrity(writer, model, unsupported);
  layout(5);
  drawContents(writer, contentsTop);
  drawFooters(writer, model);
  drawPrivateHeaders(writer, model);
  layout(6);

  hooks.onProgress?.({ stage: 'finishing', done: 0, total: 1 });
  const bytes = new Uint8Array(doc.output('arraybuffer'));
  hooks.onProgress?.({ stage: 'finishing', done: 1, total: 1 });
  return {
    bytes,
    fingerprint: model.fingerprint,
    annexes: model.annexes.map(({ facts: _facts, incidentNumber: _number, ...entry }) => entry),
    pageCount: doc.getNumberOfPages(),
    unsupportedCharacters: unsupported,
  };
}
