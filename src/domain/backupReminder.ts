import type { Instant } from './types';

// When the app reminds, calmly and only inside the app, to make a backup.

export const reminderDays = 7;
const dayMs = 86_400_000;

export type BackupReminder = 'notPersistent' | 'never' | 'due';

export interface ReminderFacts {
  lastBackupAt?: Instant;
  /** Incidents written or changed since the last backup. */
  newerEntries: number;
  /** false: the browser may evict the data; undefined: it does not say. */
  persisted: boolean | undefined;
  now: Instant;
}

/** Nothing to keep, nothing to say; otherwise always while storage may be cleared, or after new entries and some days. */
export function backupReminder({ lastBackupAt, newerEntries, persisted, now }: ReminderFacts): BackupReminder | undefined {
  if (!newerEntries) return undefined;
  if (persisted === false) return 'notPersistent';
  if (lastBackupAt === undefined) return 'never';
  return now - lastBackupAt >= reminderDays * dayMs ? 'due' : undefined;
}
