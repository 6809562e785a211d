import lockMessages from '../../i18n/messages/lock';
import { addAreas } from '../../i18n/catalogue';
import { t } from '../../i18n';
import { lockState, startProblem } from '../../app/lock';
import { moveProgress } from '../../app/openStore';
import { errorText } from '../../ui/errorText';

addAreas([lockMessages]);

/** Before the log opens: the one-time encryption of an older version's log, or why the log cannot be opened. */
export default function StoreStatus() {
  if (lockState.value === 'failed') {
    return (
      <main class="app-main store-status" id="main">
        <h1>{t('store.failed')}</h1>
        <p>{t('store.failedDetail')}</p>
        <p class="error-box" role="alert">{errorText(startProblem.value)}</p>
        <button type="button" class="button primary" onClick={() => location.reload()}>{t('store.reload')}</button>
      </main>
    );
  }
  const progress = moveProgress.value;
  return (
    <main class="app-main store-status" id="main">
      <h1>{t('store.moving')}</h1>
      <p>{t('store.movingDetail')}</p>
      {progress && (
        <>
          <progress max={Math.max(1, progress.total)} value={progress.done} aria-label={t('store.moving')} />
          <p aria-live="polite">{t('store.movingProgress', { done: progress.done, total: progress.total })}</p>
        </>
      )}
    </main>
  );
}
