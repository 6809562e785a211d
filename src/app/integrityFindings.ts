// Part of the first-paint bundle: only a slot and a timer; the check and its notice load later, when the browser is idle.
import { signal } from '@preact/signals';
import type { ComponentType } from 'preact';

/** Set by the quiet check after start when it found something: the calm notice the shell shows, pointing to Settings. */
export const integrityNotice = signal<ComponentType | undefined>(undefined);

export function clearIntegrityNotice(): void {
  integrityNotice.value = undefined;
}

/** The quiet check after start: after first paint, when the browser is idle, loaded lazily. */
export function scheduleStartCheck(): void {
  // A check that could not run (e.g. the database is being upgraded) says nothing.
  const run = () => void import('./afterOpen').then(({ runStartCheck }) => runStartCheck()).catch(() => undefined);
  if ('requestIdleCallback' in window) requestIdleCallback(run, { timeout: 10_000 });
  else setTimeout(run, 3000);
}
