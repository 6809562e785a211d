import { isAlarmSignal, type AlarmSignal } from '../domain/alarm/alarmSignal';
import { db } from './database';
import { mapStorageErrors } from './errors';

// Apart from preferences.ts, which the first screen loads (quick exit): the alarm's choices load with its screen.
const alarmSignalKey = 'alarmSignal';

/** Whether the alarm may sound and flash; `onTap` until the user chooses. */
export async function getAlarmSignal(): Promise<AlarmSignal> {
  const row = await db.settings.get(alarmSignalKey);
  return isAlarmSignal(row?.value) ? row.value : 'onTap';
}

export async function setAlarmSignal(signal: AlarmSignal): Promise<void> {
  await mapStorageErrors(() => db.settings.put({ key: alarmSignalKey, value: signal }));
}
