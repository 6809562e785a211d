import { signal } from '@preact/signals';
import { getQuickExitSite } from '../db/preferences';
import { blankNow, cover } from './cover';
import { currentRoute } from './router';
import { countShiftPresses } from './shiftPresses';
import { lockNow } from './lock';
import { flushUnsavedWorkWithin } from './unsavedWork';

// Quick exit: the button in the header, or Shift three times. Part of the first-paint bundle.

/** The website chosen in Settings, read once at start so leaving never waits on the database. */
export const quickExitSite = signal<string | undefined>(undefined);

export function loadQuickExitSite(): void {
  getQuickExitSite().then((site) => (quickExitSite.value = site), () => undefined);
}

// Drafts get this long to be stored; a stuck database must not keep the log in the page any longer.
const draftWaitMs = 1500;

/**
 * Blanks the screen at once, saves open drafts, locks (dropping the key) when a passcode is set, takes the incident out of the address and leaves the cover, or,
 * if the person chose one, their neutral website: the only navigation away from Spor's origin it ever makes.
 */
export async function quickExit(): Promise<void> {
  blankNow();
  await flushUnsavedWorkWithin(draftWaitMs);
  await lockNow();
  history.replaceState(null, '', '#/');
  currentRoute.value = { screen: 'timeline' };
  cover();
  if (quickExitSite.value) location.replace(quickExitSite.value);
}

/** Listens for Shift pressed three times anywhere in the app; returns the function that stops listening. */
export function listenForShiftExit(): () => void {
  const counter = countShiftPresses(() => void quickExit());
  const down = (event: KeyboardEvent) => counter.keydown(event.key);
  const up = (event: KeyboardEvent) => counter.keyup(event.key);
  document.addEventListener('keydown', down, true);
  document.addEventListener('keyup', up, true);
  return () => {
    document.removeEventListener('keydown', down, true);
    document.removeEventListener('keyup', up, true);
  };
}
