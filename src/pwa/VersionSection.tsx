import { t } from '../i18n';
import { appVersion } from './version';

export function VersionSection() {
  return (
    <section class="pwa-settings" aria-labelledby="pwa-version">
      <h2 id="pwa-version">{t('pwa.version.title')}</h2>
      <p data-testid="app-version">{t('pwa.version.running', { version: appVersion })}</p>
    </section>
  );
}
