import { resetServiceWorkerIfAsked } from './killSwitch';
import { captureInstallPrompt } from './install';
import { watchDatabaseUpgrades } from './databaseUpgrade';
import { requestPersistentStorage } from './storage';
import { registerServiceWorker } from './update';

let started = false;

/** Runs once at start: the kill switch before anything registers, then install offer, database watch, storage, worker. */
export async function startPwa(): Promise<void> {
  if (started) return;
  started = true;
  captureInstallPrompt();
  if (await resetServiceWorkerIfAsked()) return;
  watchDatabaseUpgrades();
  requestPersistentStorage().catch(() => undefined); // Settings shows the outcome and can ask again
  await registerServiceWorker();
}
