import type { BackupReminder } from '../domain/backupReminder';
import { t } from '../i18n';
import { backupNotice } from './backupReminder';
import { currentRoute, routeHref } from './router';

let dismissed = false;

/** "Not now": no reminder again until the next start. */
export function dismissBackupNotice(): void {
  dismissed = true;
  backupNotice.value = undefined;
}

export function dismissedThisVisit(): boolean {
  return dismissed;
}

/** While an incident is being logged (or the alarm raised) the reminder waits, so the quick path keeps the top of the screen. */
const waitsOn = new Set(['newIncident', 'editIncident', 'alarm']);

/** Calm and in the app only: why a backup would help now, the way there, and "not now" for this visit. */
export function BackupReminderNotice({ reminder }: { reminder: BackupReminder }) {
  if (waitsOn.has(currentRoute.value.screen)) return null;
  return (
    <section class="pwa-banner" role="status" data-testid="backup-reminder">
      <p class="pwa-banner-message">{t(`backup.reminder.${reminder}`)}</p>
      <div class="pwa-banner-actions">
        <a class="button" href={routeHref({ screen: 'backup' })} onClick={dismissBackupNotice}>{t('backup.reminder.open')}</a>
        <button type="button" onClick={dismissBackupNotice}>{t('backup.reminder.later')}</button>
      </div>
    </section>
  );
}

export function InterruptedRestoreNotice() {
  return (
    <section class="pwa-banner" role="status" data-testid="restore-interrupted">
      <p class="pwa-banner-message">{t('backup.interrupted')}</p>
      <div class="pwa-banner-actions">
        <a class="button" href={routeHref({ screen: 'backup' })} onClick={dismissBackupNotice}>{t('backup.restore.heading')}</a>
        <button type="button" onClick={dismissBackupNotice}>{t('action.close')}</button>
      </div>
    </section>
  );
}
