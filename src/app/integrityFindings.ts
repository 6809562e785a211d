// Part of the first-paint bundle: only a flag and a timer; the check itself loads later, when the browser is idle.
import { signal } from '@preact/signals';

/** True when the quiet check after start found something; the shell shows a calm notice pointing to Settings. */
export const integrityFindings = signal(false);

export function clearIntegrityNotice(): void {
  integrityFindings.value = false;
}

/** The quiet check after start: after first paint, when the browser is idle, loaded lazily. */
export function scheduleStartCheck(): void {
  const run = () => {
    import('./startCheck')
      .then(({ startCheckFindsNothing }) => startCheckFindsNothing())
      .then((clean) => { integrityFindings.value = !clean; })
      .catch(() => undefined); // a check that could not run (e.g. the database is being upgraded) says nothing
  };
  if ('requestIdleCallback' in window) requestIdleCallback(run, { timeout: 10_000 });
  else setTimeout(run, 3000);
}
