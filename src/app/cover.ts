import { signal } from '@preact/signals';

// The cover is a neutral screen shown instead of the app: after a quick exit, and when a page comes back from the
// back-forward cache. Its flag lives in sessionStorage (a bare flag, never content), so a reload or Back in the same
// tab shows the cover too; closing the tab forgets it. Part of the first-paint bundle.
const flagKey = 'spor.cover';

function readFlag(): boolean {
  try {
    return globalThis.sessionStorage?.getItem(flagKey) === '1';
  } catch {
    return false;
  }
}

function writeFlag(on: boolean): void {
  try {
    if (on) sessionStorage.setItem(flagKey, '1');
    else sessionStorage.removeItem(flagKey);
  } catch {
    // Storage refused (a private tab, say): the cover then lasts until this page is reloaded.
  }
}

export const covered = signal(readFlag());

/** Hides the app's content at once, before any render: the next frame shows only the background. */
export function blankNow(): void {
  document.documentElement.dataset.blank = '';
}

export function unblank(): void {
  delete document.documentElement.dataset.blank;
}

export function cover(): void {
  writeFlag(true);
  covered.value = true;
}

export function uncover(): void {
  writeFlag(false);
  covered.value = false;
}

/**
 * Blanks the app the moment the page is hidden (so the task switcher shows nothing), and covers a page restored
 * from the back-forward cache, which would otherwise come back exactly as it was left.
 */
export function watchPageVisibility(): void {
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') blankNow();
    else if (!covered.value) unblank();
  });
  window.addEventListener('pagehide', blankNow);
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) cover();
  });
}
