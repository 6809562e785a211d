import type { IncidentKind } from '../domain/kinds';
import type { Verification } from '../domain/integrity/types';
import type { Attachment, CaseDetails, Incident, Instant, PersonOfConcern } from '../domain/types';
import type { Language } from '../i18n/define';

// The contract between the Export screen, the report worker and the evidence bundle.

export interface ReportOptions {
  language: Language;
  /** Inclusive bounds on when incidents happened; absent means everything. */
  from?: Instant;
  to?: Instant;
  /** Only these kinds; absent or empty means all. */
  kinds?: IncidentKind[];
  order: 'newestFirst' | 'oldestFirst';
  includePhotos: boolean;
  /** Leave out every field marked private and say that some details were withheld. */
  policeCopy: boolean;
}

export type ReportStage = 'collecting' | 'checking' | 'photos' | 'layout' | 'finishing';

export interface ReportProgress {
  stage: ReportStage;
  done: number;
  total: number;
}

/** One annex (bilag) as numbered in the report: B1, B2, ... in log order. */
export interface AnnexEntry {
  number: string;
  attachmentId: string;
  incidentId: string;
  fileName: string;
  mimeType: string;
  size: number;
  sha256: string;
}

export interface ReportResult {
  pdf: Blob;
  /** SHA-256 (hex) of the report's content, printed on every page. */
  fingerprint: string;
  /** e.g. spor-rapport-2026-11-28.pdf */
  fileName: string;
  annexes: AnnexEntry[];
  /** The head of the history this report covered (printed in it). */
  head: { count: number; hash: string };
}

/** Attachment facts the report prints; the preview is left behind so the data stays small. */
export type AnnexFacts = Omit<Attachment, 'thumbnail'>;

/** What the history says about one incident, for the integrity section. */
export interface IncidentHistory {
  firstWrittenAt: Instant;
  lastChangedAt: Instant;
  /** Revisions after the first writing: edits, annexes added or removed, trash and restore. */
  changes: number;
}

/** Everything the report prints, gathered by `gatherReportData` in src/db; the builder does no I/O. */
export interface ReportData {
  /** Live incidents matching the options, any order (the builder sorts). */
  incidents: Incident[];
  /** Annex facts per incident id, in the order they were added. */
  attachments: Record<string, AnnexFacts[]>;
  people: Omit<PersonOfConcern, 'photo'>[];
  caseDetails: CaseDetails;
  history: Record<string, IncidentHistory>;
  /** The full verification run for this report: chain, records, files re-hashed, heads handed out earlier. */
  verification: Verification;
  generatedAt: Instant;
  /** The reader's zone (IANA); times in another zone show their offset. */
  timeZone: string;
}

/** A photo already downscaled to JPEG, ready to embed as is. */
export interface PreparedPhoto {
  jpeg: Uint8Array;
  width: number;
  height: number;
}

/** The two TrueType faces embedded in every report (DejaVu Sans). */
export interface ReportFonts {
  regular: Uint8Array;
  bold: Uint8Array;
}

export interface BuildHooks {
  /** Downscaled photo for an image annex, fetched one at a time so memory stays bounded; undefined if it cannot be shown. */
  preparePhoto?: (annex: AnnexFacts) => Promise<PreparedPhoto | undefined>;
  onProgress?: (progress: ReportProgress) => void;
}

export interface BuiltReport {
  bytes: Uint8Array;
  fingerprint: string;
  annexes: AnnexEntry[];
  pageCount: number;
  /** Characters the font cannot draw, printed as [U+XXXX] markers (e.g. emoji). */
  unsupportedCharacters: string[];
}

/** Messages between client.ts and report.worker.ts. */
export type ToWorker =
  | { type: 'build'; options: ReportOptions; data: ReportData }
  | { type: 'file'; attachmentId: string; blob?: Blob };
export type FromWorker =
  | { type: 'progress'; progress: ReportProgress }
  | { type: 'needFile'; attachmentId: string }
  | { type: 'done'; bytes: Uint8Array; fingerprint: string; annexes: AnnexEntry[] }
  | { type: 'failed'; message: string };
