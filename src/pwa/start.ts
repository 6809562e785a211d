import { resetServiceWorkerIfAsked } from './killSwitch';
import { watchDatabaseUpgrades } from './databaseUpgrade';
import { requestPersistentStorage } from './storage';
import { registerServiceWorker } from './update';

let started = false;

/** Runs once after first paint: the kill switch before anything registers, then database watch, storage, worker. */
export async function startPwa(): Promise<void> {
  if (started) return;
  started = true;
  if (await resetServiceWorkerIfAsked()) return;
  watchDatabaseUpgrades();
  requestPersistentStorage().catch(() => undefined); // Settings shows the outcome and can ask again
  await registerServiceWorker();
}
