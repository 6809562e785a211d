import { resetServiceWorkerIfAsked } from './killSwitch';
import { lockState, unlockedDataKey, whenFirstOpen } from '../app/lock';
import { watchDatabaseUpgrades } from './databaseUpgrade';
import { refreshStorageStatus, requestPersistentStorage } from './storage';
import { sessionKeepsData } from './sessionCheck';
import { sessionWarning } from './sessionNotice';
import { registerServiceWorker } from './update';

let started = false;

/** Runs once after first paint: the kill switch before anything registers, then database watch, storage, worker. */
export async function startPwa(): Promise<void> {
  if (started) return;
  started = true;
  if (await resetServiceWorkerIfAsked()) return;
  watchDatabaseUpgrades();
  // Once unlocked (all of it reads sealed rows), and again after every unlock: recordings made while locked move in
  // from the inbox, and recordings cut off by a crash become attachments of their pieces. After the first unlock only,
  // bytes a crash left unlinked (stored, but the save never committed) are removed.
  let firstOpen = true;
  lockState.subscribe((state) => {
    const dataKey = unlockedDataKey();
    if (state !== 'open' || !dataKey) return;
    const recovering = import('../capture/lockedRecording').then(({ recoverRecordingsAfterUnlock }) => recoverRecordingsAfterUnlock(dataKey)).catch(() => undefined);
    if (!firstOpen) return;
    firstOpen = false;
    void recovering
      .then(() => import('../db/unlinkedFiles')).then(({ removeUnlinkedFiles }) => removeUnlinkedFiles()).catch(() => undefined)
      // A restore cut off by a closed page is rolled back (and said so); else a calm reminder if a backup is due.
      .then(() => import('../app/backupReminderCheck')).then(({ backupReminderCheck }) => backupReminderCheck()).catch(() => undefined);
  });
  // Other apps' shares are sealed to the inbox key, which the open app keeps ready (its private half needs the data key).
  whenFirstOpen(() => void import('../capture/inbox').then(({ keepInboxKeyReady }) => keepInboxKeyReady()).catch(() => undefined));
  // Settings shows the outcome and can ask again.
  requestPersistentStorage().catch(() => undefined).finally(() => void refreshStorageStatus());
  void sessionKeepsData().then(async (keeps) => {
    if (!keeps) sessionWarning.value = (await import('./SessionWarning')).SessionWarning;
  });
  await registerServiceWorker();
}
