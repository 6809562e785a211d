// Background work once the log is open, loaded only then: the lists of files each of these loads ahead (Vite's
// preload lists) live in this module's chunk, not in the shell's code every start pays for.

/** Alarms made while locked become their incidents; the copy kept for the alarm without passcode is brought up to date. */
export function fileAlarms(): void {
  void import('../db/alarmInbox').then(({ fileSealedAlarms }) => fileSealedAlarms()).catch(() => undefined);
  void import('../db/alarmSettings').then(({ refreshAlarmAccess }) => refreshAlarmAccess()).catch(() => undefined);
}

/** The quiet check after start (startCheck.ts). */
export async function runStartCheck(): Promise<void> {
  await (await import('./startCheck')).startCheck();
}
