import { signal } from '@preact/signals';

// In the shell: only the listener, which must be there from the start. What Settings shows and does is installWay.ts.

/** Chromium's install offer, kept until the user taps Install (not in lib.dom). */
export interface InstallPromptEvent extends Event {
  prompt(): Promise<void>;
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

export const installPrompt = signal<InstallPromptEvent | undefined>(undefined);
export const justInstalled = signal(false);

/** Listens from the start, as Chromium fires the offer once per page load; its own mini-infobar stays hidden. */
export function captureInstallPrompt(target: Pick<Window, 'addEventListener'> = window): void {
  target.addEventListener('beforeinstallprompt', (event) => {
    event.preventDefault();
    installPrompt.value = event as InstallPromptEvent;
  });
  target.addEventListener('appinstalled', () => {
    justInstalled.value = true;
    installPrompt.value = undefined;
  });
}
