import type { IncidentKind } from '../domain/kinds';
import type { Instant } from '../domain/types';
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

export type ReportStage = 'collecting' | 'photos' | 'layout' | 'finishing';

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
}
