import { useEffect, useState } from 'preact/hooks';
import { listAttachments, removeAttachment } from '../../db';
import { evidenceNotes } from '../../domain/evidenceNotes';
import type { Attachment } from '../../domain/types';
import { visibleName } from '../../domain/visibleName';
import { language, t } from '../../i18n';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { EvidenceNotes } from '../../ui/EvidenceNotes';
import { fileTypeLabel, formatFileSize } from '../../ui/fileSize';
import { Thumbnail } from '../../ui/Thumbnail';
import { errorText } from '../../ui/errorText';


/** Evidence already stored with the incident; removing one asks first, since the file is then gone. */
export function StoredAttachments({ incidentId }: { incidentId: string }) {
  const [attachments, setAttachments] = useState<Attachment[]>([]);
  const [removing, setRemoving] = useState<Attachment>();
  const [problem, setProblem] = useState<string>();
  const [reloads, setReloads] = useState(0);
  useEffect(() => {
    listAttachments(incidentId).then(setAttachments, (error) => setProblem(errorText(error)));
  }, [incidentId, reloads]);
  if (!attachments.length && !problem) return null;

  async function remove(attachment: Attachment) {
    setRemoving(undefined);
    try {
      await removeAttachment(attachment.id);
      setReloads((count) => count + 1);
    } catch (error) {
      setProblem(errorText(error));
    }
  }

  return (
    <section aria-labelledby="editor-stored-heading">
      <h2 id="editor-stored-heading" class="file-list-heading">{t('editor.storedFiles')}</h2>
      {problem && <p class="error-box" role="alert">{problem}</p>}
      <ul class="file-list">
        {attachments.map((attachment) => (
          <li key={attachment.id} class="file-row">
            <Thumbnail image={attachment.thumbnail} alt="" fallback={fileTypeLabel(attachment.mimeType, attachment.fileName)} />
            <div class="file-facts">
              <span class="file-name">{visibleName(attachment.fileName)}</span>
              <span class="muted">{formatFileSize(attachment.size, language.value)}</span>
              <EvidenceNotes notes={evidenceNotes(attachment)} />
            </div>
            <button type="button" class="danger" onClick={() => setRemoving(attachment)} aria-label={t('editor.removeStored', { name: visibleName(attachment.fileName) })}>
              {t('action.remove')}
            </button>
          </li>
        ))}
      </ul>
      {removing && (
        <ConfirmDialog
          message={t('editor.confirmRemoveStored', { name: visibleName(removing.fileName) })}
          confirmLabel={t('action.remove')}
          cancelLabel={t('action.cancel')}
          danger
          onConfirm={() => void remove(removing)}
          onCancel={() => setRemoving(undefined)}
        />
      )}
    </section>
  );
}
