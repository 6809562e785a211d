import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { language, t } from '../../i18n';
import { formatFileSize } from '../../ui/fileSize';
import { useObjectUrl } from '../../ui/useObjectUrl';
import { canShareFile, shareFile } from './share';

export interface ExportedFile {
  what: 'report' | 'bundle';
  blob: Blob;
  fileName: string;
  fingerprint: string;
  /** Annex numbers whose bytes changed since they were added (bundle only). */
  changedSinceAdded: string[];
}

/** The finished file: share it through the system sheet where the phone allows, or download it. */
export function ExportResultCard({ result }: { result: ExportedFile }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const file = useMemo(() => new File([result.blob], result.fileName, { type: result.blob.type }), [result]);
  const url = useObjectUrl(result.blob);
  const shareable = useMemo(() => canShareFile(file), [file]);
  const [shareProblem, setShareProblem] = useState<string>();
  useEffect(() => heading.current?.focus(), [result]);

  const share = async () => {
    setShareProblem(undefined);
    try {
      await shareFile(file);
    } catch (error) {
      setShareProblem(t('export.shareFailed', { detail: error instanceof Error ? error.message : String(error) }));
    }
  };

  return (
    <section class="card export-result stack" aria-labelledby="export-result-title" data-testid="export-result">
      <h2 id="export-result-title" tabIndex={-1} ref={heading}>
        {t(result.what === 'report' ? 'export.reportReady' : 'export.bundleReady')}
      </h2>
      <p class="export-file">{t('export.fileFacts', { fileName: result.fileName, size: formatFileSize(result.blob.size, language.value) })}</p>
      <p class="muted export-fingerprint">{t('export.fingerprint', { fingerprint: result.fingerprint })}</p>
      {result.changedSinceAdded.length > 0 && (
        <p class="error-box" role="alert">{t('export.changedSinceAdded', { annexes: result.changedSinceAdded.join(', ') })}</p>
      )}
      <div class="row export-actions">
        {shareable && <button type="button" class="primary" onClick={share}>{t('export.share')}</button>}
        {url && <a class={shareable ? 'button' : 'button primary'} href={url} download={result.fileName}>{t('export.download')}</a>}
      </div>
      {!shareable && <p class="muted">{t('export.shareUnavailable')}</p>}
      {shareProblem && <p class="error-box" role="alert">{shareProblem}</p>}
      <p class="muted">{t('export.nothingLeaves')}</p>
    </section>
  );
}
