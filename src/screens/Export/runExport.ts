import { listIncidents, recordIssuedHead } from '../../db';
import { compareOldestFirst } from '../../domain/incident';
import type { EvidenceBundle } from '../../backup/evidenceBundle';
import type { ReportOptions, ReportProgress, ReportResult } from '../../report/types';

// The heavy parts (jsPDF in its worker, client-zip) load only here, when the user asks for a file.

export type ExportStage = ReportProgress['stage'] | 'packing';
export interface ExportProgress {
  stage: ExportStage;
  done: number;
  total: number;
}
interface Run {
  onProgress: (progress: ExportProgress) => void;
  signal: AbortSignal;
}

export class NothingToExportError extends Error {
  constructor() {
    super('No incidents match the chosen period and kinds.');
    this.name = 'NothingToExportError';
  }
}

async function matchingIncidents(options: ReportOptions) {
  const incidents = await listIncidents({ from: options.from, to: options.to, kinds: options.kinds });
  if (!incidents.length) throw new NothingToExportError();
  return incidents;
}

async function buildReport(options: ReportOptions, { onProgress, signal }: Run): Promise<ReportResult> {
  const { exportReport } = await import('../../report/client');
  return exportReport(options, { onProgress, signal });
}

export async function createReport(options: ReportOptions, run: Run): Promise<ReportResult> {
  await matchingIncidents(options);
  return buildReport(options, run);
}

/** The bundle reuses a report just made with the same options, or makes one first. */
export async function createBundle(options: ReportOptions, run: Run, report?: ReportResult): Promise<{ bundle: EvidenceBundle; report: ReportResult }> {
  const incidents = await matchingIncidents(options);
  const made = report ?? (await buildReport(options, run));
  const { writeEvidenceBundle } = await import('../../backup/evidenceBundle');
  // Numbered from the oldest, as the report's log numbers them, so a number means the same in either order.
  const incidentNumbers = new Map([...incidents].sort(compareOldestFirst).map((incident, index) => [incident.id, index + 1]));
  const bundle = await writeEvidenceBundle({
    report: made,
    incidentNumbers,
    language: options.language,
    signal: run.signal,
    onProgress: ({ done, total }) => run.onProgress({ stage: 'packing', done, total }),
  });
  await recordIssuedHead('bundle', made.head).catch(() => undefined);
  return { bundle, report: made };
}
