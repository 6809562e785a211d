// Part of the first-paint bundle: only the slot. The check and its notice load after start (src/pwa/start.ts).
import { signal } from '@preact/signals';
import type { ComponentType } from 'preact';

/** Set after start when a backup is due or a restore was rolled back: the calm in-app notice (never a system notification). */
export const backupNotice = signal<ComponentType | undefined>(undefined);
