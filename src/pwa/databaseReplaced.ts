import { signal } from '@preact/signals';

// The shell's notices read these; the watch that sets them (databaseUpgrade.ts) loads after the first paint.

/** True once a newer Spor in another tab took the database over: this tab must reload to go on. */
export const databaseReplaced = signal(false);
/** False when an open draft could not be stored before the upgrade: its text is only on this screen now. */
export const draftsKeptBeforeUpgrade = signal(true);
