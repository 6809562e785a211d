import { resetServiceWorkerIfAsked } from './killSwitch';
import { watchDatabaseUpgrades } from './databaseUpgrade';
import { refreshStorageStatus, requestPersistentStorage } from './storage';
import { registerServiceWorker } from './update';

let started = false;

/** Runs once after first paint: the kill switch before anything registers, then database watch, storage, worker. */
export async function startPwa(): Promise<void> {
  if (started) return;
  started = true;
  if (await resetServiceWorkerIfAsked()) return;
  watchDatabaseUpgrades();
  // Settings shows the outcome and can ask again.
  requestPersistentStorage().catch(() => undefined).finally(() => void refreshStorageStatus());
  await registerServiceWorker();
}
