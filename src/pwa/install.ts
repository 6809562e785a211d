import { signal } from '@preact/signals';

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

export async function promptInstall(): Promise<void> {
  const offer = installPrompt.value;
  if (!offer) return;
  installPrompt.value = undefined; // an offer can be used only once
  await offer.prompt();
  if ((await offer.userChoice).outcome === 'accepted') justInstalled.value = true;
}

export type InstallWay = 'installed' | 'prompt' | 'appleSteps' | 'browserMenu';

export interface Device {
  userAgent: string;
  maxTouchPoints: number;
  standalone: boolean;
}

/** iPadOS Safari calls itself a Mac; a touch screen gives it away. */
export function isAppleMobile({ userAgent, maxTouchPoints }: Device): boolean {
  return /iPhone|iPad|iPod/.test(userAgent) || (/Macintosh/.test(userAgent) && maxTouchPoints > 1);
}

export function installWay(device: Device, hasPrompt: boolean): InstallWay {
  if (device.standalone) return 'installed';
  if (isAppleMobile(device)) return 'appleSteps'; // iOS browsers never offer a prompt; Add to Home Screen is the way
  if (hasPrompt) return 'prompt';
  return 'browserMenu';
}

export function thisDevice(): Device {
  return {
    userAgent: navigator.userAgent,
    maxTouchPoints: navigator.maxTouchPoints ?? 0,
    standalone: matchMedia('(display-mode: standalone)').matches || (navigator as { standalone?: boolean }).standalone === true,
  };
}
