import { signal } from '@preact/signals';
import { useEffect, useState } from 'preact/hooks';
import { lazyScreen } from './lazyScreen';
import { lockState } from './lock';

// Part of the first paint (the shell decides what to show by it, the lock screen and the cover offer the alarm); the
// alarm itself loads only when it is offered or started.

/** An alarm is running or its summary is still shown: the app shows it instead of the lock screen. */
export const alarmOnScreen = signal(false);
/** While an alarm is on screen and the log locked, the user asked for the lock screen (to unlock; the alarm goes on). */
export const unlockDuringAlarm = signal(false);

/** Whether the user chose the alarm without passcode (one plain row read when the lock screen or the cover shows). */
export function useAlarmWithoutPasscode(): boolean {
  const [offered, setOffered] = useState(false);
  useEffect(() => {
    import('../db/alarmAccess').then(({ hasAlarmAccess }) => hasAlarmAccess()).then(setOffered, () => setOffered(false));
  }, []);
  return offered;
}

/** The hold button of the lock screen and the cover. */
export const AlarmWithoutPasscode = lazyScreen(() => import('../screens/Alarm/AlarmWithoutPasscode'), { quiet: true });

/**
 * At each unlock: alarms made while locked become their incidents, and the copy kept for the alarm without passcode
 * is brought up to date (the case may have changed elsewhere: a restore, another tab). A failure leaves the sealed
 * alarms in the inbox for the next unlock; nothing is lost.
 */
export function fileAlarmsAtEachUnlock(): void {
  lockState.subscribe((state) => {
    if (state !== 'open') return;
    void import('./afterOpen').then(({ fileAlarms }) => fileAlarms()).catch(() => undefined);
  });
}
