import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { language, t } from '../../i18n';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { formatFileSize } from '../../ui/fileSize';
import { useObjectUrl } from '../../ui/useObjectUrl';
import { canShareFile, shareFile } from './share';
import { chosenFileName } from './chosenFileName';

export interface ExportedFile {
  what: 'report' | 'bundle';
  blob: Blob;
  fileName: string;
  fingerprint: string;
  /** Annex numbers whose bytes changed since they were added (bundle only). */
  changedSinceAdded: string[];
}

/** The finished file: the share sheet first where the phone has one; a download only after saying where it lands and who can see it. */
export function ExportResultCard({ result }: { result: ExportedFile }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const [typedName, setTypedName] = useState(result.fileName);
  const fileName = chosenFileName(typedName, result.fileName);
  const file = useMemo(() => new File([result.blob], fileName, { type: result.blob.type }), [result, fileName]);
  const url = useObjectUrl(result.blob);
  const shareable = useMemo(() => canShareFile(file), [file]);
  const [shareProblem, setShareProblem] = useState<string>();
  const [askingDownload, setAskingDownload] = useState(false);
  useEffect(() => {
    setTypedName(result.fileName);
    heading.current?.focus();
  }, [result]);

  const share = async () => {
    setShareProblem(undefined);
    try {
      await shareFile(file);
    } catch (error) {
      setShareProblem(t('export.shareFailed', { detail: error instanceof Error ? error.message : String(error) }));
    }
  };

  const download = () => {
    setAskingDownload(false);
    if (!url) return;
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.click();
  };

  return (
    <section class="card export-result stack" aria-labelledby="export-result-title" data-testid="export-result">
      <h2 id="export-result-title" tabIndex={-1} ref={heading}>
        {t(result.what === 'report' ? 'export.reportReady' : 'export.bundleReady')}
      </h2>
      <div>
        <label for="export-file-name">{t('export.fileNameLabel')}</label>
        <input id="export-file-name" type="text" value={typedName} aria-describedby="export-file-name-hint" autocomplete="off" spellcheck={false} onInput={(event) => setTypedName(event.currentTarget.value)} />
        <p id="export-file-name-hint" class="muted export-file-hint">{t('export.fileNameHint')}</p>
        <p class="muted">{t('export.fileSize', { size: formatFileSize(result.blob.size, language.value) })}</p>
      </div>
      <p class="muted export-fingerprint">{t('export.fingerprint', { fingerprint: result.fingerprint })}</p>
      {result.changedSinceAdded.length > 0 && (
        <p class="error-box" role="alert">{t('export.changedSinceAdded', { annexes: result.changedSinceAdded.join(', ') })}</p>
      )}
      <div class="row export-actions">
        {shareable && <button type="button" class="primary" onClick={share}>{t('export.share')}</button>}
        {url && <button type="button" class={shareable ? '' : 'primary'} onClick={() => setAskingDownload(true)}>{t('export.download')}</button>}
      </div>
      {!shareable && <p class="muted">{t('export.shareUnavailable')}</p>}
      {shareProblem && <p class="error-box" role="alert">{shareProblem}</p>}
      <p class="muted">{t('export.nothingLeaves')}</p>
      {askingDownload && (
        <ConfirmDialog message={t('export.downloadWhere')} confirmLabel={t('export.downloadConfirm')} cancelLabel={t('export.downloadCancel')} onConfirm={download} onCancel={() => setAskingDownload(false)} />
      )}
    </section>
  );
}
