import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { language, t } from '../../i18n';
import { DownloadButton } from '../../ui/DownloadButton';
import { formatFileSize } from '../../ui/fileSize';
import { canShareFile, shareFile } from '../../ui/share';
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
  const card = useRef<HTMLElement>(null);
  const [typedName, setTypedName] = useState(result.fileName);
  const fileName = chosenFileName(typedName, result.fileName);
  const file = useMemo(() => new File([result.blob], fileName, { type: result.blob.type }), [result, fileName]);
  const shareable = useMemo(() => canShareFile(file), [file]);
  const [shareProblem, setShareProblem] = useState<string>();
  useEffect(() => {
    setTypedName(result.fileName);
    // Focus for screen readers; the card scrolled so its buttons sit above the fixed bottom menu, its top below the header.
    heading.current?.focus({ preventScroll: true });
    card.current?.scrollIntoView({ block: 'start' });
    card.current?.querySelector('.export-actions')?.scrollIntoView({ block: 'nearest' });
  }, [result]);

  const share = async () => {
    setShareProblem(undefined);
    try {
      await shareFile(file);
    } catch (error) {
      setShareProblem(t('export.shareFailed', { detail: error instanceof Error ? error.message : String(error) }));
    }
  };

  return (
    <section ref={card} class="card export-result stack" aria-labelledby="export-result-title" data-testid="export-result">
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
        <DownloadButton file={result.blob} fileName={fileName} label={t('export.download')} primary={!shareable} />
      </div>
      {!shareable && <p class="muted">{t('export.shareUnavailable')}</p>}
      {shareProblem && <p class="error-box" role="alert">{shareProblem}</p>}
      <p class="muted">{t('export.nothingLeaves')}</p>
    </section>
  );
}
