import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { language, t } from '../../i18n';
import { DownloadButton } from '../../ui/DownloadButton';
import { formatFileSize } from '../../ui/fileSize';
import { canShareFile, shareFile } from '../../ui/share';
import { errorText } from '../../ui/errorText';

/**
 * The finished backup: the share sheet first where the phone has one (straight to a person or place), else a download;
 * `saved` when it was written straight into a file the person picked (then there is nothing to download).
 */
export function BackupResultCard({ file, saved = false }: { file: File; saved?: boolean }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const shareable = useMemo(() => canShareFile(file), [file]);
  const [problem, setProblem] = useState<string>();
  useEffect(() => heading.current?.focus(), [file]);
  const share = async () => {
    setProblem(undefined);
    try {
      await shareFile(file);
    } catch (error) {
      setProblem(errorText(error));
    }
  };
  return (
    <section class="card stack" aria-labelledby="backup-ready" data-testid="backup-result">
      <h3 id="backup-ready" tabIndex={-1} ref={heading}>{t('backup.make.ready')}</h3>
      <p>{saved ? t('backup.make.savedText', { name: file.name }) : t('backup.make.readyText')}</p>
      <p class="muted">{file.name} · {formatFileSize(file.size, language.value)}</p>
      <div class="row">
        {shareable && <button type="button" class="primary" onClick={share}>{t('backup.make.share')}</button>}
        {!saved && <DownloadButton file={file} fileName={file.name} label={t('backup.make.download')} primary={!shareable} />}
      </div>
      {problem && <p class="error-box" role="alert">{problem}</p>}
    </section>
  );
}
