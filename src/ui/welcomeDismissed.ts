import { signal } from '@preact/signals';

// Apart from WelcomeCard.tsx: the log reads the flag to load the card (and its messages) only while it shows.
const storageKey = 'spor.welcomeDismissed';

function readDismissed(): boolean {
  try {
    return globalThis.localStorage?.getItem(storageKey) === 'yes';
  } catch {
    return false;
  }
}

/** Whether the first-run card was put away; Help always shows the same three lines. */
export const welcomeDismissed = signal(readDismissed());

export function dismissWelcome(): void {
  welcomeDismissed.value = true;
  try {
    localStorage.setItem(storageKey, 'yes');
  } catch {
    // Private mode may refuse storage; the card then stays away for this visit only.
  }
}
