// Updates wait for the user: a new service worker stays "waiting" until they tap Update; then open editors
// save their drafts, the new worker takes over and the page reloads once. Nothing reloads on its own.
import type { Workbox } from 'workbox-window';
import { flushUnsavedWork } from '../app/unsavedWork';
import { updateError, updateState } from './updateState';

export { updateError, updateState } from './updateState';

type UpdateWorker = Pick<Workbox, 'addEventListener' | 'messageSkipWaiting'>;
let worker: UpdateWorker | undefined;

const updateCheckInterval = 60 * 60 * 1000;

/** Registers `sw.js` from this build; the workbox-window code loads after first paint. */
export async function registerServiceWorker(): Promise<void> {
  if (typeof __SERVICE_WORKER__ === 'undefined' || !__SERVICE_WORKER__ || !('serviceWorker' in navigator)) return;
  const { Workbox } = await import('workbox-window');
  const workbox = new Workbox(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL });
  watchForUpdates(workbox);
  await workbox.register();
  // An installed app is resumed more than reopened; look for a new version when it comes back, at most hourly.
  let lastCheck = Date.now();
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState !== 'visible' || Date.now() - lastCheck < updateCheckInterval) return;
    lastCheck = Date.now();
    workbox.update().catch(() => undefined); // offline: try again next time
  });
}

export function watchForUpdates(next: UpdateWorker): void {
  worker = next;
  worker.addEventListener('waiting', () => {
    if (updateState.value !== 'applying') updateState.value = 'waiting';
  });
}

/**
 * Saves every open editor's draft, then lets the waiting worker take over and reloads when it controls the page.
 * A draft that cannot be stored holds the reload back, until the user chooses to update anyway (`force`).
 */
export async function applyUpdate(reload: () => void = () => location.reload(), { force = false } = {}): Promise<void> {
  if (!worker || updateState.value === 'applying') return;
  updateState.value = 'applying';
  updateError.value = undefined;
  try {
    if (!force) await flushUnsavedWork();
  } catch (error) {
    updateError.value = error instanceof Error ? error.message : String(error);
    updateState.value = 'waiting';
    return;
  }
  worker.addEventListener('controlling', () => reload());
  worker.messageSkipWaiting();
}

/** "Later": the current version keeps running; the prompt comes back on the next start. */
export function postponeUpdate(): void {
  updateState.value = 'postponed';
  updateError.value = undefined;
}
