import { t } from '../i18n';
import '../i18n/laterMessages';
import { applyUpdate, postponeUpdate, updateError, updateState } from './update';

/** A quiet offer: nothing changes until the user taps Update, and Later keeps this version running. */
export default function UpdateToast() {
  const state = updateState.value;
  if (state !== 'waiting' && state !== 'applying') return null;
  const applying = state === 'applying';
  return (
    <section class="pwa-banner" aria-label={t('pwa.update.available')} data-testid="update-toast">
      <p class="pwa-banner-message">{applying ? t('pwa.update.applying') : t('pwa.update.available')}</p>
      {updateError.value && <p class="error-box">{t('pwa.update.failed', { detail: updateError.value })}</p>}
      <div class="pwa-banner-actions">
        <button type="button" onClick={postponeUpdate} disabled={applying}>{t('pwa.update.later')}</button>
        <button type="button" class="primary" onClick={() => void applyUpdate()} disabled={applying}>{t('pwa.update.apply')}</button>
        {updateError.value && !applying && (
          <button type="button" class="danger" onClick={() => void applyUpdate(undefined, { force: true })}>{t('pwa.update.anyway')}</button>
        )}
      </div>
    </section>
  );
}
