// The page's side of the report: gathers the data, starts the worker, hands it photos one by one, and stops it on cancel.
// Import this lazily (the Export screen does `await import('../../report/client')`): it pulls in nothing heavy itself,
// but the worker it starts carries jsPDF and the fonts.
import { gatherReportData, getAttachmentFile, recordIssuedHead } from '../db';
import { reportFileName } from './fileName';
import type { FromWorker, ReportOptions, ReportProgress, ReportResult, ToWorker } from './types';

export interface ExportControls {
  onProgress?: (progress: ReportProgress) => void;
  signal?: AbortSignal;
}

function abortError(): DOMException {
  return new DOMException('The report was cancelled', 'AbortError');
}

/** Builds the PDF evidence report in a worker; aborting the signal terminates the worker and rejects with an AbortError. */
export async function exportReport(options: ReportOptions, { onProgress, signal }: ExportControls = {}): Promise<ReportResult> {
  if (signal?.aborted) throw abortError();
  onProgress?.({ stage: 'collecting', done: 0, total: 1 });
  const data = await gatherReportData(options, Date.now(), (progress) => {
    // Checking is mostly re-hashing files: shown as a percentage of their bytes.
    if (progress.stage === 'files' && progress.total > 0) onProgress?.({ stage: 'checking', done: Math.floor((progress.done / progress.total) * 100), total: 100 });
  });
  if (signal?.aborted) throw abortError();
  onProgress?.({ stage: 'collecting', done: 1, total: 1 });

  const worker = new Worker(new URL('./report.worker.ts', import.meta.url), { type: 'module', name: 'spor-report' });
  const send = (message: ToWorker) => worker.postMessage(message);
  return new Promise<ReportResult>((resolve, reject) => {
    const finish = () => {
      signal?.removeEventListener('abort', cancel);
      worker.terminate();
    };
    const cancel = () => {
      finish();
      reject(abortError());
    };
    signal?.addEventListener('abort', cancel, { once: true });
    worker.onerror = (event) => {
      finish();
      reject(new Error(event.message || 'The report could not be built'));
    };
    worker.onmessage = (event: MessageEvent<FromWorker>) => {
      const message = event.data;
      switch (message.type) {
        case 'progress':
          onProgress?.(message.progress);
          break;
        case 'needFile':
          // A missing file is reported in the PDF as "could not be shown", never as a failed report.
          getAttachmentFile(message.attachmentId).then(
            (blob) => send({ type: 'file', attachmentId: message.attachmentId, blob }),
            () => send({ type: 'file', attachmentId: message.attachmentId }),
          );
          break;
        case 'done': {
          finish();
          const head = { count: data.verification.chain.count, hash: data.verification.chain.headHash };
          // The head printed in the report is remembered, so a later rewrite of the history contradicts it.
          void recordIssuedHead('report', head).catch(() => undefined).finally(() => resolve({
            pdf: new Blob([message.bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }),
            fingerprint: message.fingerprint,
            fileName: reportFileName(options.language, data.generatedAt, options.policeCopy),
            annexes: message.annexes,
            head,
          }));
          break;
        }
        case 'failed':
          finish();
          reject(new Error(message.message));
          break;
      }
    };
    send({ type: 'build', options, data });
  });
}
