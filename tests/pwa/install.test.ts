import { describe, expect, it, vi } from 'vitest';
import { captureInstallPrompt, installPrompt, justInstalled } from '../../src/pwa/install';
import { installWay, promptInstall } from '../../src/pwa/installWay';

const iPhone = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';
const iPadOS = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15';
const android = 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36';

describe('install guidance', () => {
  it('shows the Home Screen steps on iPhone and on iPad (which calls itself a Mac)', () => {
    expect(installWay({ userAgent: iPhone, maxTouchPoints: 5, standalone: false }, false)).toBe('appleSteps');
    expect(installWay({ userAgent: iPadOS, maxTouchPoints: 5, standalone: false }, false)).toBe('appleSteps');
    expect(installWay({ userAgent: iPadOS, maxTouchPoints: 0, standalone: false }, false)).toBe('browserMenu');
  });

  it('offers the install button where the browser gave an install prompt', () => {
    expect(installWay({ userAgent: android, maxTouchPoints: 5, standalone: false }, true)).toBe('prompt');
    expect(installWay({ userAgent: android, maxTouchPoints: 5, standalone: false }, false)).toBe('browserMenu');
  });

  it('says it is installed when running from the home screen', () => {
    expect(installWay({ userAgent: iPhone, maxTouchPoints: 5, standalone: true }, false)).toBe('installed');
  });

  it('keeps the browser offer, hides its banner, and uses the offer once', async () => {
    const target = new EventTarget();
    captureInstallPrompt(target as unknown as Window);
    const offer = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), {
      prompt: vi.fn(async () => undefined),
      userChoice: Promise.resolve({ outcome: 'accepted' as const }),
    });
    target.dispatchEvent(offer);
    expect(offer.defaultPrevented).toBe(true);
    expect(installPrompt.value).toBe(offer);
    await promptInstall();
    expect(offer.prompt).toHaveBeenCalledOnce();
    expect(installPrompt.value).toBeUndefined();
    expect(justInstalled.value).toBe(true);
  });
});
