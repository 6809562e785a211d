import type { EvidenceNote } from '../domain/evidenceNotes';
import type { Language } from './define';
import { translate } from './translate';

/** One sentence per note, the same in the app and in the report. */
export function evidenceNoteText(note: EvidenceNote, language: Language): string {
  return note.kind === 'extensionMismatch'
    ? translate(language, 'evidence.note.extensionMismatch', { extension: note.extension, type: note.contentType })
    : translate(language, `evidence.note.${note.kind}`);
}
