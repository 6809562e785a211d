import '../i18n/laterMessages';
import { Zip, ZipDeflate, ZipPassThrough, strToU8, type ZipInputFile } from 'fflate';
import { sha256 } from '@noble/hashes/sha2.js';
import { toHex } from '../crypto/sha256';
import { getAttachmentFile } from '../db';
import type { Instant } from '../domain/types';
import type { ReportResult } from '../report/types';
import type { Language } from '../i18n/define';
import { translate } from '../i18n/translate';
import { checksumsText, manifestJson, planBundle, readmeText, manifestName, readmeName, checksumsName, type BundledAnnex, type BundledFile } from './bundlePlan';

// The streaming half of the evidence bundle: originals go in byte for byte, one chunk at a time,
// and the ZIP comes out as Blob parts, so large evidence never sits in memory twice.

export interface BundleProgress {
  done: number;
  total: number;
}

export interface BundleOptions {
  report: Pick<ReportResult, 'pdf' | 'fileName' | 'fingerprint' | 'annexes'>;
  /** The incident numbers printed in the report's log, to name them in the manifest. */
  incidentNumbers?: ReadonlyMap<string, number>;
  readAttachment?: (attachmentId: string) => Promise<Blob>;
  onProgress?: (progress: BundleProgress) => void;
  signal?: AbortSignal;
  /** Language of the bundle's file name; the README is always in both. */
  language: Language;
  now?: Instant;
}

export interface EvidenceBundle {
  zip: Blob;
  fileName: string;
  /** Annex numbers whose stored bytes no longer match the hash taken when they were added. */
  changedSinceAdded: string[];
}

/** Output is gathered in small arrays and folded into a Blob now and then, which the browser may keep on disk. */
const foldEvery = 8 * 1024 * 1024;

class BlobCollector {
  private parts: Blob[] = [];
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;

  add(chunk: Uint8Array): void {
    this.pending.push(chunk);
    this.pendingBytes += chunk.byteLength;
    if (this.pendingBytes >= foldEvery) this.fold();
  }

  private fold(): void {
    if (this.pending.length) this.parts.push(new Blob(this.pending as BlobPart[]));
    this.pending = [];
    this.pendingBytes = 0;
  }

  toBlob(type: string): Blob {
    this.fold();
    return new Blob(this.parts, { type });
  }
}

function abortError(): DOMException {
  return new DOMException('The evidence bundle was cancelled.', 'AbortError');
}

/** Streams one Blob into a ZIP entry while hashing it. */
async function addBlob(zip: Zip, entry: ZipInputFile & { push(chunk: Uint8Array, final?: boolean): void }, blob: Blob, signal?: AbortSignal): Promise<BundledFile> {
  zip.add(entry);
  const hasher = sha256.create();
  const reader = blob.stream().getReader();
  let size = 0;
  try {
    for (;;) {
      if (signal?.aborted) throw abortError();
      const { value, done } = await reader.read();
      if (done) break;
      hasher.update(value);
      size += value.byteLength;
      entry.push(value, false);
    }
  } finally {
    reader.releaseLock();
  }
  entry.push(new Uint8Array(0), true);
  return { path: entry.filename, size, sha256: toHex(hasher.digest()) };
}

function addText(zip: Zip, path: string, text: string): void {
  const entry = new ZipDeflate(path, { level: 6 });
  zip.add(entry);
  entry.push(strToU8(text), true);
}

/** The report PDF, every original attachment, manifest.json, SHA256SUMS and README.txt in one ZIP. */
export async function writeEvidenceBundle(options: BundleOptions): Promise<EvidenceBundle> {
  const { report, signal, onProgress } = options;
  const readAttachment = options.readAttachment ?? getAttachmentFile;
  const now = options.now ?? Date.now();
  const plan = planBundle(report.fileName, report.annexes);
  const output = new BlobCollector();
  let failure: Error | undefined;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else output.add(chunk);
  });
  const total = plan.annexes.length + 1;
  const annexes: BundledAnnex[] = [];
  try {
    onProgress?.({ done: 0, total });
    const reportFile = await addBlob(zip, new ZipPassThrough(plan.reportPath), report.pdf, signal);
    onProgress?.({ done: 1, total });
    for (const { path, annex } of plan.annexes) {
      const original = await readAttachment(annex.attachmentId);
      const written = await addBlob(zip, new ZipPassThrough(path), original, signal);
      annexes.push({ ...written, annex, incidentNumber: options.incidentNumbers?.get(annex.incidentId) });
      onProgress?.({ done: annexes.length + 1, total });
    }
    if (signal?.aborted) throw abortError();
    addText(zip, manifestName, manifestJson({ createdAt: now, reportFingerprint: report.fingerprint, report: reportFile, annexes }));
    addText(zip, checksumsName, checksumsText([reportFile, ...annexes]));
    addText(zip, readmeName, readmeText(now, report.fingerprint, annexes[0]?.path ?? reportFile.path));
    zip.end();
  } catch (error) {
    zip.terminate();
    throw error;
  }
  if (failure) throw failure;
  return {
    zip: output.toBlob('application/zip'),
    fileName: `${report.fileName.replace(/\.pdf$/i, '')}-${translate(options.language, 'export.bundle.fileSuffix')}.zip`,
    changedSinceAdded: annexes.filter((written) => written.sha256 !== written.annex.sha256).map((written) => written.annex.number),
  };
}
