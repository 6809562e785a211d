import { useRef } from 'preact/hooks';
import { nameAndSizeNotes } from '../../domain/evidenceNotes';
import { visibleName } from '../../domain/visibleName';
import { language, t } from '../../i18n';
import { EvidenceNotes } from '../../ui/EvidenceNotes';
import { fileTypeLabel, formatFileSize } from '../../ui/fileSize';
import { Thumbnail } from '../../ui/Thumbnail';
import type { PendingFile } from './form';
import { Icon } from '../../ui/Icon';

export interface StoringProgress {
  key: string;
  /** 0 to 100. */
  percent: number;
}

interface PendingFilesProps {
  files: PendingFile[];
  progress?: StoringProgress;
  disabled: boolean;
  onAdd: (files: PendingFile[]) => void;
  onRemove: (key: string) => void;
}

export function toPending(file: File): PendingFile {
  // A Blob with the facts beside it: IndexedDB keeps a File's bytes but not always its name.
  return { key: crypto.randomUUID(), blob: file.slice(0, file.size, file.type), name: file.name, type: file.type, lastModified: file.lastModified };
}

/** Camera and file picker, and the files waiting to be stored with the incident. */
export function PendingFiles({ files, progress, disabled, onAdd, onRemove }: PendingFilesProps) {
  const camera = useRef<HTMLInputElement>(null);
  const videoCamera = useRef<HTMLInputElement>(null);
  const picker = useRef<HTMLInputElement>(null);
  const take = (input: HTMLInputElement) => {
    const picked = Array.from(input.files ?? []);
    input.value = '';
    if (picked.length) onAdd(picked.map(toPending));
  };
  return (
    <div class="stack">
      <div class="row">
        <button type="button" disabled={disabled} onClick={() => camera.current?.click()} aria-describedby="editor-evidence-hint">
          {t('editor.takePhoto')}
        </button>
        <button type="button" disabled={disabled} onClick={() => videoCamera.current?.click()} aria-describedby="editor-evidence-hint">
          {t('capture.video')}
        </button>
        <button type="button" disabled={disabled} onClick={() => picker.current?.click()} aria-describedby="editor-evidence-hint">
          {t('editor.chooseFiles')}
        </button>
      </div>
      {/* Under the buttons, so the camera is as high on the screen as it can be. */}
      <p id="editor-evidence-hint" class="muted hint">{t('editor.evidenceHint')}</p>
      <input ref={camera} type="file" accept="image/*" capture="environment" hidden data-testid="camera-input" onChange={(event) => take(event.currentTarget)} />
      <input ref={videoCamera} type="file" accept="video/*" capture="environment" hidden data-testid="video-input" onChange={(event) => take(event.currentTarget)} />
      <input ref={picker} type="file" multiple hidden data-testid="file-input" onChange={(event) => take(event.currentTarget)} />
      {files.length > 0 && (
        <section aria-labelledby="editor-pending-heading">
          <h2 id="editor-pending-heading" class="file-list-heading">{t('editor.pendingFiles')}</h2>
          <ul class="file-list">
            {files.map((file) => (
              <li key={file.key} class="file-row">
                <Thumbnail image={file.type.startsWith('image/') ? file.blob : undefined} alt="" fallback={fileTypeLabel(file.type, file.name)} />
                <div class="file-facts">
                  <span class="file-name">{visibleName(file.name)}</span>
                  <span class="muted">{formatFileSize(file.blob.size, language.value)}</span>
                  {/* Before storing, only the name and size are known: the content type is read when the file is stored. */}
                  <EvidenceNotes notes={nameAndSizeNotes(file.name, file.blob.size)} />
                  {progress?.key === file.key && (
                    <label class="storing">
                      <span>{t('editor.storing', { name: visibleName(file.name) })}</span>
                      <progress max={100} value={progress.percent}>{progress.percent}%</progress>
                    </label>
                  )}
                </div>
                <button type="button" disabled={disabled} onClick={() => onRemove(file.key)} aria-label={t('editor.removePending', { name: visibleName(file.name) })}>
                  <Icon name="close" />
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
