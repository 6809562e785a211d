import { newDeviceKey } from '../crypto/keyRing';
import { additionalData, open, seal } from '../crypto/sealed';
import { readAlarmAccess, type AlarmAccess } from '../domain/alarm/alarmAccess';
import { db } from './database';
import { mapStorageErrors } from './errors';
import { loadDeviceKey, saveDeviceKey } from './lockKeys';

// "Alarm without passcode": the alarm's recipients and signal, readable before unlock (a person in danger cannot type
// a passcode). Sealed by the device key, a non-extractable CryptoKey beside it in this database, so it is not plain
// in the browser's files; but anyone holding the unlocked phone can start the alarm and read the numbers in the
// messaging app, which the settings say. Stored only while the user keeps the setting on.
export const alarmAccessKey = 'alarmAccess';

interface AlarmAccessRow {
  key: typeof alarmAccessKey;
  value: { sealed: ArrayBuffer };
}

const context = () => additionalData('alarm-access');

/** Whether the user chose the alarm without passcode (no decryption: the lock screen asks this before anything). */
export async function hasAlarmAccess(): Promise<boolean> {
  return (await db.settings.get(alarmAccessKey)) !== undefined;
}

/** The kept copy, opened with the device key; undefined when the setting is off or the copy cannot be read. */
export async function loadAlarmAccess(): Promise<AlarmAccess | undefined> {
  const row = (await db.settings.get(alarmAccessKey)) as AlarmAccessRow | undefined;
  const deviceKey = await loadDeviceKey();
  if (!row || !deviceKey) return undefined;
  const bytes = await open(deviceKey, context(), new Uint8Array(row.value.sealed), 'alarm access').catch(() => undefined);
  return bytes && readAlarmAccess(JSON.parse(new TextDecoder().decode(bytes)));
}

/** Keeps `access` sealed by the device key (made now if this phone has none stored). */
export async function writeAlarmAccess(access: AlarmAccess): Promise<void> {
  let deviceKey = await loadDeviceKey();
  if (!deviceKey) {
    // With a passcode the key ring holds no device copy, but an earlier start stored the device key; make one if not.
    deviceKey = await newDeviceKey();
    await saveDeviceKey(deviceKey);
  }
  const sealed = await seal(deviceKey, context(), new TextEncoder().encode(JSON.stringify(access)));
  const row: AlarmAccessRow = { key: alarmAccessKey, value: { sealed: sealed.buffer } };
  await mapStorageErrors(() => db.settings.put(row));
}

export async function removeAlarmAccess(): Promise<void> {
  await mapStorageErrors(() => db.settings.delete(alarmAccessKey));
}
