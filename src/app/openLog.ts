import { createKeyRing, newDeviceKey, unlockWithDeviceKey, type KeyRing } from '../crypto/keyRing';
import { loadDeviceKey, saveDeviceKey, saveKeyRing } from '../db/lockKeys';
import { openStore } from './openStore';

// The start without a passcode, loaded right at start then (lock.ts): it holds nothing of the passcode or recovery
// code, which is lockActions.ts. Only imported dynamically, so its chunk is its own (a dynamic import of a module that
// shares a chunk made Rolldown add a namespace object and its runtime helpers, 0.6 KB gzip, to the first screen).

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
