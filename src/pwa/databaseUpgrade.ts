import { signal } from '@preact/signals';
import { flushUnsavedWork } from '../app/unsavedWork';
import { onDatabaseReplaced } from '../db/versionChange';

/** True once a newer Spor in another tab took the database over: this tab must reload to go on. */
export const databaseReplaced = signal(false);

export function watchDatabaseUpgrades(): () => void {
  return onDatabaseReplaced(flushUnsavedWork, () => {
    databaseReplaced.value = true;
  });
}
