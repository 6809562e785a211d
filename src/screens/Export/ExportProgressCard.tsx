import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../i18n';
import type { ExportProgress } from './runExport';

/** Stage and count, read out politely; Cancel stops the worker for real. */
export function ExportProgressCard({ progress, onCancel }: { progress: ExportProgress; onCancel: () => void }) {
  const { stage, done, total } = progress;
  const counted = total > 0;
  const card = useRef<HTMLElement>(null);
  // The buttons sit low on a phone: bring the bar and its Cancel button into view when work starts.
  useEffect(() => card.current?.scrollIntoView?.({ block: 'nearest' }), []);
  return (
    <section ref={card} class="card export-progress" aria-labelledby="export-progress-stage">
      <p id="export-progress-stage" aria-live="polite" data-testid="export-stage">
        {t(`export.stage.${stage}`)}
        {counted && <span class="muted"> · {t('export.progressCount', { done, total })}</span>}
      </p>
      {/* Without a value the bar shows "busy" rather than a false 0 %. */}
      <progress aria-label={t('export.progressLabel')} max={counted ? total : undefined} value={counted ? done : undefined} />
      <button type="button" onClick={onCancel}>{t('action.cancel')}</button>
    </section>
  );
}
