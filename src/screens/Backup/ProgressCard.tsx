import { language, t } from '../../i18n';
import { formatFileSize } from '../../ui/fileSize';
import type { Progress } from './backupActions';

const stageText = {
  preparing: () => t('backup.make.preparing'),
  writing: (done: string, total: string) => t('backup.make.progress', { done, total }),
  checking: (done: string, total: string) => t('backup.restore.checking', { done, total }),
  restoring: (done: string, total: string) => t('backup.restore.writing', { done, total }),
};

/** Stage and bytes, read out politely; Cancel stops for real (nothing is kept of a cancelled backup or restore). */
export function ProgressCard({ progress, onCancel }: { progress: Progress; onCancel?: () => void }) {
  const counted = progress.total > 0;
  const size = (bytes: number) => formatFileSize(bytes, language.value);
  return (
    <div class="card stack" data-testid="backup-progress">
      <p aria-live="polite">{stageText[progress.stage](size(progress.done), size(progress.total))}</p>
      {/* Without a value the bar shows "busy" rather than a false 0 %. */}
      <progress aria-label={t('backup.title')} max={counted ? progress.total : undefined} value={counted ? progress.done : undefined} />
      {onCancel && <button type="button" onClick={onCancel}>{t('action.cancel')}</button>}
    </div>
  );
}
