import { signal } from '@preact/signals';
import type { DataKey } from '../crypto/dataKey';
import type { KeyRing } from '../crypto/keyRing';
import { getAutoLockMinutes, loadKeyRing } from '../db/lockKeys';
import { forgetIncidentRows } from '../db/incidentIndex';
import { plainDatabaseExists } from '../db/plainDatabase';
import { useStoreCipher } from '../db/sealing';
import { blankNow } from './cover';
import { flushUnsavedWorkWithin } from './unsavedWork';

// The app lock's state. Part of the first-paint bundle, so it holds no crypto: opening the log with the device key
// lives in openLog.ts, loaded right at start without a passcode; unlocking and setting a passcode in lockActions.ts,
// loaded with the lock screen and Settings. The data key is kept here, in memory only, while open; every stored row is
// sealed with it (src/db/sealing.ts).

/** `moving`: the log of an older version is being encrypted into the sealed database; `failed`: the stored keys cannot be read. */
export type LockState = 'checking' | 'open' | 'locked' | 'moving' | 'failed';
export const lockState = signal<LockState>('checking');
/** A passcode is set. */
export const lockIsOn = signal(false);
export const autoLockMinutes = signal(5);
/** Times of failed attempts before the last unlock, shown once after it. */
export const failedAttemptsSeen = signal<number[] | undefined>(undefined);

let dataKey: DataKey | undefined;
const draftWaitMs = 1500;

/** keyRing.ts's hasPasscode, restated: this module is in the shell, which would otherwise carry the whole key ring. */
function ringHasPasscode(ring: KeyRing | undefined): boolean {
  return Boolean(ring?.wraps.some((wrap) => wrap.method === 'passcode'));
}

/** Why the stored keys could not be read, for the screen that says so (lockState `failed`). */
export const startProblem = signal<unknown>(undefined);

/**
 * Before anything is shown: with a passcode, the lock screen; without one, the device key opens the data key (made
 * on the very first start). A key ring that cannot be read never means "open": the app says it cannot open the log.
 * `whileOpening` runs as the log starts opening without a passcode: the shell loads the first screen's code there, so
 * it arrives beside the key's code rather than after it.
 */
export async function startLock(whileOpening?: () => void): Promise<void> {
  try {
    let ring = await loadKeyRing();
    if (!ring && (await plainDatabaseExists())) {
      await (await import('../db/olderDatabase')).adoptPlainLockRows();
      ring = await loadKeyRing();
    }
    autoLockMinutes.value = await getAutoLockMinutes();
    lockIsOn.value = ringHasPasscode(ring);
    if (lockIsOn.value) {
      lockState.value = 'locked';
      return;
    }
    whileOpening?.();
    await (await import('./openLog')).openWithDeviceKey(ring);
  } catch (error) {
    startProblem.value = error;
    lockState.value = 'failed';
  }
}

/** Runs `work` once, as soon as the log is open (at once if it is): work that reads sealed rows waits for the key. */
export function whenFirstOpen(work: () => void): void {
  const stop = lockState.subscribe((state) => {
    if (state !== 'open') return;
    queueMicrotask(() => stop());
    work();
  });
}

/** The store is open with `key` (its cipher in use, an older plain log moved in): the app shows. */
export function markUnlocked(key: DataKey): void {
  dataKey = key;
  lockState.value = 'open';
}

export function unlockedDataKey(): DataKey | undefined {
  return dataKey;
}

/** Saves open drafts, drops the data key from memory and shows the lock screen. Without a passcode it does nothing. */
export async function lockNow(): Promise<void> {
  if (!lockIsOn.value || lockState.value !== 'open') return;
  blankNow();
  await flushUnsavedWorkWithin(draftWaitMs);
  dataKey = undefined;
  useStoreCipher(undefined);
  forgetIncidentRows();
  lockState.value = 'locked';
}

/** Locks when the page is hidden or comes back from the back-forward cache, and after `autoLockMinutes` idle. */
export function watchForAutoLock(): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const restart = () => {
    clearTimeout(timer);
    if (lockIsOn.value && lockState.value === 'open') timer = setTimeout(() => void lockNow(), autoLockMinutes.value * 60_000);
  };
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') void lockNow();
    else restart();
  };
  // A page frozen in the back-forward cache may not have finished locking when it was hidden.
  const onPageShow = (event: PageTransitionEvent) => {
    if (event.persisted) void lockNow();
  };
  const activity = ['pointerdown', 'keydown', 'scroll', 'touchstart'] as const;
  for (const type of activity) document.addEventListener(type, restart, { capture: true, passive: true });
  document.addEventListener('visibilitychange', onVisibility);
  window.addEventListener('pageshow', onPageShow);
  const stopWatchingState = lockState.subscribe(restart);
  const stopWatchingMinutes = autoLockMinutes.subscribe(restart);
  return () => {
    clearTimeout(timer);
    for (const type of activity) document.removeEventListener(type, restart, { capture: true });
    document.removeEventListener('visibilitychange', onVisibility);
    window.removeEventListener('pageshow', onPageShow);
    stopWatchingState();
    stopWatchingMinutes();
  };
}
