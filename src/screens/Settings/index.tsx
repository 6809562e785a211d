import '../../i18n/laterMessages';
import { routeHref } from '../../app/router';
import { t } from '../../i18n';
import { LanguageChoice } from './LanguageChoice';
import { PwaSettings } from '../../pwa/PwaSettings';
import { QuickExitSettings } from './QuickExitSettings';
import { IntegritySection } from './IntegritySection';
import { SealSection } from './SealSection';
import { LockSettings } from './LockSettings';
import { DeleteEverything } from './DeleteEverything';
import { BackupSection } from './BackupSection';
import './Settings.css';

export default function Settings() {
  return (
    <div class="settings-screen">
      <h1>{t('nav.settings')}</h1>
      <LanguageChoice />
      <LockSettings />
      <QuickExitSettings />
      <PwaSettings />
      <section aria-labelledby="settings-data">
        <h2 id="settings-data">{t('settings.data.heading')}</h2>
        <ul class="settings-links">
          <li><a class="button" href={routeHref({ screen: 'trash' })}>{t('settings.data.trash')}</a></li>
          <li><a class="button" href={routeHref({ screen: 'export' })}>{t('settings.data.export')}</a></li>
          <li><a class="button" href={routeHref({ screen: 'alarm' })}>{t('alarm.settings.link')}</a></li>
        </ul>
      </section>
      <BackupSection />
      <IntegritySection />
      <SealSection />
      <section aria-labelledby="settings-storage">
        <h2 id="settings-storage">{t('settings.storage.heading')}</h2>
        <p>{t('settings.storage.where')}</p>
        <p class="muted">{t('settings.storage.risk')}</p>
      </section>
      <DeleteEverything />
    </div>
  );
}
