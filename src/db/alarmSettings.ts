import { alarmAccess } from '../domain/alarm/alarmAccess';
import { isAlarmSignal, type AlarmSignal } from '../domain/alarm/alarmSignal';
import { hasAlarmAccess, removeAlarmAccess, writeAlarmAccess } from './alarmAccess';
import { getCaseDetails } from './caseFile';
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
  await refreshAlarmAccess();
}

async function keepCurrentAlarmAccess(): Promise<void> {
  const [details, signal] = await Promise.all([getCaseDetails(), getAlarmSignal()]);
  await writeAlarmAccess(alarmAccess(details.trustedPeople ?? [], signal));
}

/** "Alarm without passcode" on (a copy of the recipients and signal readable before unlock) or off (the copy deleted). */
export async function setAlarmWithoutPasscode(on: boolean): Promise<void> {
  if (on) await keepCurrentAlarmAccess();
  else await removeAlarmAccess();
}

/** After the trusted people or the signal changed, and at each unlock: rewrites the copy, if the user keeps one. */
export async function refreshAlarmAccess(): Promise<void> {
  if (await hasAlarmAccess()) await keepCurrentAlarmAccess();
}
