import { signal } from '@preact/signals';
import { flushUnsavedWork } from '../app/unsavedWork';
import { onDatabaseReplaced } from '../db/versionChange';

/** True once a newer Spor in another tab took the database over: this tab must reload to go on. */
export const databaseReplaced = signal(false);
/** False when an open draft could not be stored before the upgrade: its text is only on this screen now. */
export const draftsKeptBeforeUpgrade = signal(true);

export function watchDatabaseUpgrades(): () => void {
  return onDatabaseReplaced(flushUnsavedWork, (draftsKept) => {
    draftsKeptBeforeUpgrade.value = draftsKept;
    databaseReplaced.value = true;
  });
}
