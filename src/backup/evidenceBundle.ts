import '../i18n/laterMessages';
import { sha256 } from '@noble/hashes/sha2.js';
import { toHex } from '../crypto/sha256';
import { getAttachmentFile } from '../db';
import type { Instant } from '../domain/types';
import type { ReportResult } from '../report/types';
import type { Language } from '../i18n/define';
import { translate } from '../i18n/translate';
import { BlobCollector } from './blobCollector';
import { zipStream } from './zipStream';
import { checksumsText, manifestJson, planBundle, readmeText, manifestName, readmeName, checksumsName, type BundledAnnex, type BundledFile } from './bundlePlan';

// The streaming half of the evidence bundle: originals go in byte for byte, one chunk at a time,
// and the ZIP comes out as Blob parts, so large evidence never sits in memory twice.
// Entries are stored, not compressed (zipStream.ts): a few KB more for the text files, nothing lost on photos and videos.

export interface BundleProgress {
  done: number;
  total: number;
}

export interface BundleOptions {
  report: Pick<ReportResult, 'pdf' | 'fileName' | 'fingerprint' | 'annexes'> & Partial<Pick<ReportResult, 'head'>>;
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

function abortError(): DOMException {
  return new DOMException('The evidence bundle was cancelled.', 'AbortError');
}

/** Passes a Blob's bytes on to the ZIP while hashing them, and says what went in once the last byte has gone by. */
async function* hashed(blob: Blob, signal: AbortSignal | undefined, onEnd: (facts: Omit<BundledFile, 'path'>) => void): AsyncGenerator<Uint8Array> {
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
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
  onEnd({ size, sha256: toHex(hasher.digest()) });
}

/** The report PDF, every original attachment, manifest.json, SHA256SUMS and README.txt in one ZIP. */
export async function writeEvidenceBundle(options: BundleOptions): Promise<EvidenceBundle> {
  const { report, signal, onProgress } = options;
  const readAttachment = options.readAttachment ?? getAttachmentFile;
  const now = options.now ?? Date.now();
  const lastModified = new Date(now);
  const plan = planBundle(report.fileName, report.annexes);
  const total = plan.annexes.length + 1;
  const annexes: BundledAnnex[] = [];

  // client-zip reads each entry to its end before asking for the next, so the hashes are known when the manifest is due.
  async function* entries() {
    let reportFile: BundledFile = { path: plan.reportPath, size: 0, sha256: '' };
    onProgress?.({ done: 0, total });
    yield {
      name: plan.reportPath, lastModified,
      input: hashed(report.pdf, signal, (facts) => { reportFile = { path: plan.reportPath, ...facts }; onProgress?.({ done: 1, total }); }),
    };
    for (const { path, annex } of plan.annexes) {
      const original = await readAttachment(annex.attachmentId);
      const incidentNumber = options.incidentNumbers?.get(annex.incidentId);
      yield {
        name: path, lastModified,
        input: hashed(original, signal, (facts) => { annexes.push({ path, ...facts, annex, incidentNumber }); onProgress?.({ done: annexes.length + 1, total }); }),
      };
    }
    if (signal?.aborted) throw abortError();
    yield { name: manifestName, lastModified, input: manifestJson({ createdAt: now, reportFingerprint: report.fingerprint, report: reportFile, annexes, head: report.head }) };
    yield { name: checksumsName, lastModified, input: checksumsText([reportFile, ...annexes]) };
    yield { name: readmeName, lastModified, input: readmeText(now, report.fingerprint, annexes[0]?.path ?? reportFile.path, report.head) };
  }

  const output = new BlobCollector();
  for await (const chunk of zipStream(entries())) output.add(chunk);
  return {
    zip: output.toBlob('application/zip'),
    fileName: `${report.fileName.replace(/\.pdf$/i, '')}-${translate(options.language, 'export.bundle.fileSuffix')}.zip`,
    changedSinceAdded: annexes.filter((written) => written.sha256 !== written.annex.sha256).map((written) => written.annex.number),
  };
}
