import type { EvidenceNote } from '../domain/evidenceNotes';
import { language, t } from '../i18n';
import { evidenceNoteText } from '../i18n/evidenceNoteText';
import './EvidenceNotes.css';

/** Suspicious facts about a file (empty, odd capture time, name that lies about the content), said plainly. */
export function EvidenceNotes({ notes }: { notes: EvidenceNote[] }) {
  if (!notes.length) return null;
  return (
    <ul class="evidence-notes" aria-label={t('evidence.notesLabel')}>
      {notes.map((note) => <li key={note.kind}>{evidenceNoteText(note, language.value)}</li>)}
    </ul>
  );
}
