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

/** A small PNG made by the browser itself, to stand in for a photo taken as evidence. */
export async function evidencePng(page: Page): Promise<Buffer> {
  const dataUrl = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 160;
    canvas.height = 120;
    const context = canvas.getContext('2d')!;
    context.fillStyle = '#8aa9c4';
    context.fillRect(0, 0, 160, 120);
    context.fillStyle = '#333';
    context.fillRect(20, 40, 120, 40);
    return canvas.toDataURL('image/png');
  });
  return Buffer.from(dataUrl.split(',')[1]!, 'base64');
}
