import { t } from '../i18n';
import { routeHref } from './router';

/** Calm, visible, not an alarm: what was found is named in Settings. */
export function IntegrityNotice() {
  return (
    <section class="pwa-banner" role="status" data-testid="integrity-notice">
      <p class="pwa-banner-message">{t('integrity.notice')}</p>
      <div class="pwa-banner-actions">
        <a class="button" href={routeHref({ screen: 'settings' })}>{t('integrity.notice.open')}</a>
      </div>
    </section>
  );
}
