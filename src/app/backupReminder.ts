// Part of the first-paint bundle: only a slot and a timer; the check and its notice load later, when the browser is idle.
import { signal } from '@preact/signals';
import type { ComponentType } from 'preact';

/** Set after start when a backup is due or a restore was rolled back: the calm in-app notice (never a system notification). */
export const backupNotice = signal<ComponentType | undefined>(undefined);

let dismissed = false;

/** "Not now": no reminder again until the next start. */
export function dismissBackupNotice(): void {
  dismissed = true;
  backupNotice.value = undefined;
}

export function dismissedThisVisit(): boolean {
  return dismissed;
}

export function scheduleBackupReminder(): void {
  const run = () => void import('./backupReminderCheck').then(({ backupReminderCheck }) => backupReminderCheck()).catch(() => undefined);
  if ('requestIdleCallback' in window) requestIdleCallback(run, { timeout: 10_000 });
  else setTimeout(run, 3000);
}
