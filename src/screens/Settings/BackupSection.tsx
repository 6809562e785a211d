import { routeHref } from '../../app/router';
import { t } from '../../i18n';
import { BackupStatusLine } from '../Backup/BackupStatusLine';

/** When the last backup was made and how many incidents are newer, and the way to the Backup screen. */
export function BackupSection() {
  return (
    <section aria-labelledby="settings-backup" data-testid="settings-backup">
      <h2 id="settings-backup">{t('backup.settings.heading')}</h2>
      <BackupStatusLine />
      <a class="button" href={routeHref({ screen: 'backup' })}>{t('backup.settings.open')}</a>
    </section>
  );
}
