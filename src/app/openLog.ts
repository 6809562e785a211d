import { createKeyRing, newDeviceKey, unlockWithDeviceKey, type KeyRing } from '../crypto/keyRing';
import type { DataKey } from '../crypto/dataKey';
import { loadDeviceKey, saveDeviceKey, saveKeyRing } from '../db/lockKeys';
import { plainDatabaseExists } from '../db/plainDatabase';
import { useStoreCipher } from '../db/sealing';
import { storeCipherFor } from '../db/storeCipher';
import type { MoveProgress } from '../db/moveToSealed';
import { signal } from '@preact/signals';
import { lockState, markUnlocked } from './lock';

// Opening the log with the data key, and the start without a passcode (the device key unwraps it). On the way to the
// first screen of most starts, so it holds nothing of the passcode or recovery code: that is lockActions.ts.

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

/** Without a passcode: the device key unwraps the data key; on the very first start both are made. */
export async function openWithDeviceKey(ring: KeyRing | undefined): Promise<void> {
  let deviceKey = await loadDeviceKey();
  if (!ring) {
    deviceKey = await newDeviceKey();
    const created = await createKeyRing(deviceKey);
    await saveDeviceKey(deviceKey);
    await saveKeyRing(created.ring);
    return openStore(created.dataKey);
  }
  if (!deviceKey) throw new Error('The key that opens the log on this phone is missing');
  return openStore(await unlockWithDeviceKey(ring, deviceKey));
}
