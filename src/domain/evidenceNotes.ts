import { extensionContradicts, extensionOf } from './contentType';
import type { Attachment } from './types';
import { hasHiddenCharacters } from './visibleName';

// Facts about a file that a reader should weigh, flagged wherever the file is shown and never hidden.

/** Cameras and file dates before this are almost certainly a clock that was never set. */
export const earliestPlausibleCapture = Date.UTC(1990, 0, 1);
/** A capture time this long after the file was added cannot be right (a day covers any zone mix-up). */
const futureTolerance = 24 * 3600_000;

export type EvidenceNote =
  | { kind: 'empty' }
  | { kind: 'captureInFuture' }
  | { kind: 'captureTooOld' }
  | { kind: 'extensionMismatch'; extension: string; contentType: string }
  | { kind: 'hiddenCharacters' };

export type NoteFacts = Pick<Attachment, 'fileName' | 'mimeType' | 'size' | 'addedAt' | 'capturedAt'>;

/** What the name and size alone say, before the content has been read (a file waiting to be stored). */
export function nameAndSizeNotes(fileName: string, size: number): EvidenceNote[] {
  const notes: EvidenceNote[] = [];
  if (size === 0) notes.push({ kind: 'empty' });
  if (hasHiddenCharacters(fileName)) notes.push({ kind: 'hiddenCharacters' });
  return notes;
}

/** Every note on a stored file: name and size, capture time, and whether the name's extension matches the content. */
export function evidenceNotes(file: NoteFacts): EvidenceNote[] {
  const notes = nameAndSizeNotes(file.fileName, file.size);
  if (file.capturedAt !== undefined && file.capturedAt > file.addedAt + futureTolerance) notes.push({ kind: 'captureInFuture' });
  if (file.capturedAt !== undefined && file.capturedAt < earliestPlausibleCapture) notes.push({ kind: 'captureTooOld' });
  if (file.size > 0 && extensionContradicts(file.fileName, file.mimeType)) {
    notes.push({ kind: 'extensionMismatch', extension: extensionOf(file.fileName)!, contentType: file.mimeType });
  }
  return notes;
}

/** An EXIF wall time ("2026-03-29T02:30:00") as the instant that shows the same digits in UTC, to print it exactly as written. */
export function wallTimeAsUtc(localTime: string): number {
  return Date.parse(`${localTime}Z`);
}
