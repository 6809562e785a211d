import type { DataKey } from '../crypto/dataKey';
import { plainDatabaseExists } from '../db/plainDatabase';
import { useStoreCipher } from '../db/sealing';
import { storeCipherFor } from '../db/storeCipher';
import type { MoveProgress } from '../db/moveToSealed';
import { signal } from '@preact/signals';
import { lockState, markUnlocked } from './lock';

// Opening the log with the data key: after the device key unwrapped it (openLog.ts) or after an unlock (lockActions.ts).

/** How far the move of an older version's plain log has come (shown while lockState is `moving`). */
export const moveProgress = signal<MoveProgress | undefined>(undefined);

/** Puts the data key to use: the store's cipher, then (once) the move of an older plain log, then the app. */
export async function openStore(key: DataKey): Promise<void> {
  useStoreCipher(storeCipherFor(key));
  if (await plainDatabaseExists()) {
    lockState.value = 'moving';
    // Once per phone: the move (and the history check it runs) loads only when there is something to move.
    const { moveToSealed } = await import('../db/moveToSealed');
    await moveToSealed((progress) => (moveProgress.value = progress));
    moveProgress.value = undefined;
  }
  markUnlocked(key);
  performance.mark('spor:log-open');
}
