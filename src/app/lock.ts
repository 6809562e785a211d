import { signal } from '@preact/signals';
import type { DataKey } from '../crypto/dataKey';
import type { KeyRing } from '../crypto/keyRing';
import { getAutoLockMinutes, loadKeyRing } from '../db/lockKeys';
import { blankNow } from './cover';
import { flushUnsavedWorkWithin } from './unsavedWork';

// The app lock's state. Part of the first-paint bundle, so it holds no crypto: unlocking and setting a passcode live
// in lockActions.ts, loaded with the lock screen and Settings. The data key is kept here, in memory only, while open.

export type LockState = 'checking' | 'open' | 'locked';
export const lockState = signal<LockState>('checking');
/** A passcode is set. */
export const lockIsOn = signal(false);
export const autoLockMinutes = signal(5);
/** Times of failed attempts before the last unlock, shown once after it. */
export const failedAttemptsSeen = signal<number[] | undefined>(undefined);

let dataKey: DataKey | undefined;
const draftWaitMs = 1500;

export function ringHasPasscode(ring: KeyRing | undefined): boolean {
  return Boolean(ring?.wraps.some((wrap) => wrap.method === 'passcode'));
}

/** Reads whether a passcode is set before anything is shown. */
export async function startLock(): Promise<void> {
  try {
    const [ring, minutes] = await Promise.all([loadKeyRing(), getAutoLockMinutes()]);
    lockIsOn.value = ringHasPasscode(ring);
    autoLockMinutes.value = minutes;
  } catch {
    // The database cannot be read at all: the app will say so itself, and there is nothing readable to protect.
    lockIsOn.value = false;
  }
  lockState.value = lockIsOn.value ? 'locked' : 'open';
}

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
