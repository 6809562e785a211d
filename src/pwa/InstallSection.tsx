import { t } from '../i18n';
import { installPrompt, justInstalled } from './install';
import { installWay, promptInstall, thisDevice } from './installWay';

export function InstallSection() {
  const way = justInstalled.value ? 'installed' : installWay(thisDevice(), installPrompt.value !== undefined);
  return (
    <section class="pwa-settings" aria-labelledby="pwa-install" data-testid="install-section">
      <h2 id="pwa-install">{t('pwa.install.title')}</h2>
      {way === 'installed' ? (
        <p>{t('pwa.install.installed')}</p>
      ) : (
        <>
          <p class="muted">{t('pwa.install.why')}</p>
          {way === 'prompt' && (
            <button type="button" class="primary" onClick={() => void promptInstall()}>{t('pwa.install.button')}</button>
          )}
          {way === 'appleSteps' && (
            <>
              <p>{t('pwa.install.iosIntro')}</p>
              <ol class="pwa-steps">
                <li>{t('pwa.install.iosShare')}</li>
                <li>{t('pwa.install.iosAdd')}</li>
                <li>{t('pwa.install.iosConfirm')}</li>
              </ol>
            </>
          )}
          {way === 'browserMenu' && <p>{t('pwa.install.other')}</p>}
        </>
      )}
    </section>
  );
}
