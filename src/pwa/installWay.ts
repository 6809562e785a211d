import { installPrompt, justInstalled } from './install';

// Settings' install section: how this device installs, and the install offer used. Apart from install.ts, which is in
// the shell.

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
