import type { Page } from 'playwright-core';

/** Waits until this build's service worker is active (its precache complete) and controls the page. */
export async function waitForServiceWorker(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((done) => navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }));
    }
    return registration.active!.scriptURL;
  });
}

