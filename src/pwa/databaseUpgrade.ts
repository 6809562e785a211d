import { flushUnsavedWork } from '../app/unsavedWork';
import { onDatabaseReplaced } from '../db/versionChange';
import { databaseReplaced, draftsKeptBeforeUpgrade } from './databaseReplaced';


export function watchDatabaseUpgrades(): () => void {
  return onDatabaseReplaced(flushUnsavedWork, (draftsKept) => {
    draftsKeptBeforeUpgrade.value = draftsKept;
    databaseReplaced.value = true;
  });
}
