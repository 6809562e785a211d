import '../i18n/laterMessages';
import { useState } from 'preact/hooks';
import { t } from '../i18n';

/** Said once, calmly, when the session will not keep what is logged: what is lost and how to keep it. */
export function SessionWarning() {
  const [open, setOpen] = useState(true);
  if (!open) return null;
  return (
    <div class="pwa-banner pwa-banner-important" role="status" data-testid="session-warning">
      <p class="pwa-banner-message">{t('pwa.session.title')}</p>
      <p>{t('pwa.session.body')}</p>
      <div class="pwa-banner-actions">
        <button type="button" onClick={() => setOpen(false)}>{t('pwa.session.understood')}</button>
      </div>
    </div>
  );
}
