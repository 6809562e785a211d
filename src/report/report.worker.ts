/// <reference lib="webworker" />
// The report worker: builds the PDF off the page's thread. It asks the page for each photo when it needs it,
// so only one original is in memory at a time, and the page keeps the only door to stored data.
import boldUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url';
import regularUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url';
import { buildReport } from './build';
import { downscalePhoto } from './photos';
import type { FromWorker, ReportFonts, ToWorker } from './types';

declare const self: DedicatedWorkerGlobalScope;

const waiting = new Map<string, (blob: Blob | undefined) => void>();

function post(message: FromWorker, transfer: Transferable[] = []): void {
  self.postMessage(message, transfer);
}

function fileFromPage(attachmentId: string): Promise<Blob | undefined> {
  return new Promise((resolve) => {
    waiting.set(attachmentId, resolve);
    post({ type: 'needFile', attachmentId });
  });
}

async function fontBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Font ${url}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

async function build(message: Extract<ToWorker, { type: 'build' }>): Promise<void> {
  const [regular, bold] = await Promise.all([fontBytes(regularUrl), fontBytes(boldUrl)]);
  const fonts: ReportFonts = { regular, bold };
  const report = await buildReport(message.data, message.options, fonts, {
    onProgress: (progress) => post({ type: 'progress', progress }),
    preparePhoto: async (annex) => {
      const file = await fileFromPage(annex.id);
      return file ? downscalePhoto(file) : undefined;
    },
  });
  post({ type: 'done', bytes: report.bytes, fingerprint: report.fingerprint, annexes: report.annexes }, [report.bytes.buffer]);
}

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === 'file') {
    waiting.get(message.attachmentId)?.(message.blob);
    waiting.delete(message.attachmentId);
    return;
  }
  build(message).catch((error: unknown) => post({ type: 'failed', message: error instanceof Error ? error.message : String(error) }));
};
