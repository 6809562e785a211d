import '../i18n/laterMessages';
import { getBackupStatus, rollBackInterruptedRestore } from '../db';
import { backupReminder } from '../domain/backupReminder';
import { readStorageStatus } from '../pwa/storage';
import { h } from 'preact';
import { backupNotice } from './backupReminder';
import { BackupReminderNotice, dismissedThisVisit, InterruptedRestoreNotice } from './BackupReminderNotice';

/** After start: roll back a restore the page was closed in (and say so), else remind if a backup is due. */
export async function backupReminderCheck(now = Date.now()): Promise<void> {
  if (await rollBackInterruptedRestore()) {
    backupNotice.value = InterruptedRestoreNotice;
    return;
  }
  if (dismissedThisVisit()) return;
  const [status, storage] = await Promise.all([getBackupStatus(), readStorageStatus()]);
  const reminder = backupReminder({ ...status, persisted: storage.persisted, now });
  if (reminder) backupNotice.value = () => h(BackupReminderNotice, { reminder });
}
