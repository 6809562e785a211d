import type { KeyRing } from '../crypto/keyRing';
import { db } from './database';
import { mapStorageErrors } from './errors';

// What the app lock keeps in the `settings` table. None of it is readable content: the key ring holds only wrapped
// copies of the data key, the device key cannot be read out by script, and failed attempts are times only. All of it
// must be readable before unlock, so it is never encrypted itself.
const keyRingKey = 'keyRing';
const deviceKeyKey = 'deviceKey';
const unlockFailuresKey = 'unlockFailures';
export const autoLockKey = 'autoLockMinutes';

/** Failed unlock attempts since the last successful one (epoch ms), kept to show after unlocking and to pace retries. */
export interface UnlockFailures {
  times: number[];
}
const keptFailureTimes = 50;

async function read<T>(key: string): Promise<T | undefined> {
  return (await db.settings.get(key))?.value as T | undefined;
}

async function write(key: string, value: unknown): Promise<void> {
  await mapStorageErrors(() => db.settings.put({ key, value }));
}

export function loadKeyRing(): Promise<KeyRing | undefined> {
  return read<KeyRing>(keyRingKey);
}

export function saveKeyRing(ring: KeyRing): Promise<void> {
  return write(keyRingKey, ring);
}

/** The device key, stored as a non-extractable CryptoKey (IndexedDB keeps it usable, script can never read it). */
export function loadDeviceKey(): Promise<CryptoKey | undefined> {
  return read<CryptoKey>(deviceKeyKey);
}

export function saveDeviceKey(key: CryptoKey): Promise<void> {
  return write(deviceKeyKey, key);
}

export async function loadUnlockFailures(): Promise<UnlockFailures> {
  return (await read<UnlockFailures>(unlockFailuresKey)) ?? { times: [] };
}

export async function recordUnlockFailure(at = Date.now()): Promise<UnlockFailures> {
  const { times } = await loadUnlockFailures();
  const failures = { times: [...times, at].slice(-keptFailureTimes) };
  await write(unlockFailuresKey, failures);
  return failures;
}

export async function clearUnlockFailures(): Promise<void> {
  await db.settings.delete(unlockFailuresKey);
}

export const defaultAutoLockMinutes = 5;

export async function getAutoLockMinutes(): Promise<number> {
  return (await read<number>(autoLockKey)) ?? defaultAutoLockMinutes;
}

export function setAutoLockMinutes(minutes: number): Promise<void> {
  return write(autoLockKey, minutes);
}
