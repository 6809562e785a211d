import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoProblems, openSession, pictureFromPage, screenshot, turnLockOn, type Session } from './browser';
import { waitForServiceWorker } from './serviceWorker';

const textCanary = 'KANARIE-DELT-7781';
const fileCanary = 'KANARIE-FIL-7781';
const passcode = '135790';
const sharedText = `Du slipper ikke for mig. ${textCanary}`;

/** The canary as text, base64 and hex, found in any of the given byte strings (latin1, so every byte is one character). */
function revealed(strings: string[]): string[] {
  const forms = [textCanary, fileCanary].flatMap((canary) => [canary, btoa(canary), Buffer.from(canary).toString('hex')]);
  return forms.filter((form) => strings.some((value) => value.includes(form)));
}

/** Everything in the share inbox, read straight from IndexedDB: key rows and share rows, their bytes as latin1 text. */
async function inboxContents(page: Page): Promise<{ shares: number; keys: number; bytes: string[] }> {
  return page.evaluate(async () => {
    if (!(await indexedDB.databases()).some((database) => database.name === 'spor-inbox')) return { shares: 0, keys: 0, bytes: [] };
    const database = await new Promise<IDBDatabase>((done, fail) => {
      const request = indexedDB.open('spor-inbox');
      request.onsuccess = () => done(request.result);
      request.onerror = () => fail(request.error);
    });
    const all = (store: string) => new Promise<unknown[]>((done, fail) => {
      const request = database.transaction(store).objectStore(store).getAll();
      request.onsuccess = () => done(request.result);
      request.onerror = () => fail(request.error);
    });
    const [shares, keys] = [await all('shares'), await all('keys')];
    database.close();
    const bytes: string[] = [];
    const collect = (value: unknown): void => {
      if (value instanceof ArrayBuffer) bytes.push(new TextDecoder('latin1').decode(value));
      else if (typeof value === 'string') bytes.push(value);
      else if (value && typeof value === 'object') Object.values(value).forEach(collect);
    };
    collect([shares, keys]);
    return { shares: shares.length, keys: keys.length, bytes };
  });
}

/** Web storage, Cache Storage and every row of every store of the app's database (the incident, its files), as text. */
async function otherStores(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const found = [JSON.stringify({ ...localStorage }), JSON.stringify({ ...sessionStorage })];
    const database = await new Promise<IDBDatabase>((done, fail) => {
      const request = indexedDB.open('spor-sealed');
      request.onsuccess = () => done(request.result);
      request.onerror = () => fail(request.error);
    });
    const rows: unknown[] = [];
    for (const store of Array.from(database.objectStoreNames)) {
      rows.push(await new Promise<unknown[]>((done, fail) => {
        const request = database.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => done(request.result);
        request.onerror = () => fail(request.error);
      }));
    }
    database.close();
    const collect = (value: unknown): void => {
      if (value instanceof ArrayBuffer) found.push(new TextDecoder('latin1').decode(value));
      else if (typeof value === 'string') found.push(value);
      else if (value && typeof value === 'object') Object.values(value).forEach(collect);
    };
    collect(rows);
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) found.push(request.url, new TextDecoder('latin1').decode(await (await cache.match(request))!.arrayBuffer()));
    }
    return found;
  });
}

/** Posts two files and a text to the share URL from a form, as Android's share sheet does (a multipart navigation). */
async function shareFromAnotherApp(page: Page, screenshotPng: Buffer): Promise<void> {
  await page.evaluate(({ png, text, note }) => {
    const form = document.createElement('form');
    form.method = 'POST';
    form.enctype = 'multipart/form-data';
    form.action = './share-target';
    const field = (name: string, value: string) => {
      const input = document.createElement('input');
      input.name = name;
      input.value = value;
      form.append(input);
    };
    field('title', 'Beskeder');
    field('text', text);
    const files = document.createElement('input');
    files.type = 'file';
    files.name = 'files';
    files.multiple = true;
    const transfer = new DataTransfer();
    transfer.items.add(new File([Uint8Array.from(atob(png), (char) => char.charCodeAt(0))], 'Screenshot_20261128.png', { type: 'image/png' }));
    transfer.items.add(new File([note], 'besked.txt', { type: 'text/plain' }));
    files.files = transfer.files;
    form.append(files);
    document.body.append(form);
    form.submit();
  }, { png: screenshotPng.toString('base64'), text: sharedText, note: `Gemt besked: ${fileCanary}` });
}

async function unlock(page: Page): Promise<void> {
  await page.getByLabel('Kode', { exact: true }).fill(passcode);
  await page.getByRole('button', { name: 'Lås op' }).click();
}

describe('sharing into Spor from another app', () => {
  let session: Session;
  const baseUrl = inject('baseUrl');
  beforeAll(async () => {
    session = await openSession(baseUrl);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('opens a new incident with both files and the text quoted; the inbox is sealed while it waits and empty after saving', async () => {
    const { page } = session;
    await page.goto(baseUrl);
    await waitForServiceWorker(page);
    // Without a passcode the data key is in memory as well: the inbox key is made at once.
    await expect.poll(async () => (await inboxContents(page)).keys, { timeout: 15_000 }).toBe(1);
    // With the lock on, the share arrives while the app is locked: the service worker can seal it but never read it.
    await turnLockOn(page, baseUrl, passcode);
    await page.reload();
    await unlock(page);
    await expect.poll(async () => (await inboxContents(page)).keys, { timeout: 15_000 }).toBe(1);

    const png = await pictureFromPage(page, { width: 360, height: 640, type: 'image/png', caption: fileCanary });
    await shareFromAnotherApp(page, png);
    await page.waitForURL(/#\/shared\/[0-9a-f-]+$/);
    await page.getByLabel('Kode', { exact: true }).waitFor();
    const waiting = await inboxContents(page);
    expect(waiting.shares).toBe(1);
    expect(revealed(waiting.bytes)).toEqual([]);
    expect(waiting.bytes.join('').length).toBeGreaterThan(png.length); // the files are in there, sealed

    await unlock(page);
    const description = page.getByRole('textbox', { name: 'Hvad skete der' });
    await expect.poll(() => description.inputValue()).toBe(`Delt til Spor fra “Beskeder”:\n“${sharedText}”`);
    const pending = page.locator('#editor-pending-heading + .file-list');
    await expect.poll(() => pending.locator('.file-name').allTextContents()).toEqual(['Screenshot_20261128.png', 'besked.txt']);
    await screenshot(page, 'share-editor');
    await expectNoProblems(session);

    await page.getByRole('radio', { name: 'SMS eller besked' }).check();
    await page.getByRole('button', { name: 'Gem', exact: true }).click();
    await page.waitForURL(/#\/incident\/[^/]+$/);
    await expect.poll(() => page.locator('li.attachment h3').allTextContents()).toEqual(['Screenshot_20261128.png', 'besked.txt']);
    await page.getByText(sharedText, { exact: false }).first().waitFor();

    // The shared text and file are now the incident's, sealed like everything Spor stores: readable nowhere at rest.
    const after = await inboxContents(page);
    expect(after.shares).toBe(0);
    expect(revealed([...after.bytes, ...(await otherStores(page))])).toEqual([]);
  });

  it('without an inbox key, the service worker stores nothing and the editor says to share again', async () => {
    const { page } = session;
    await page.evaluate(() => new Promise<void>((done, fail) => {
      const request = indexedDB.open('spor-inbox');
      request.onsuccess = () => {
        const transaction = request.result.transaction('keys', 'readwrite');
        transaction.objectStore('keys').clear();
        transaction.oncomplete = () => { request.result.close(); done(); };
        transaction.onerror = () => fail(transaction.error);
      };
    }));
    await shareFromAnotherApp(page, await pictureFromPage(page, { width: 64, height: 64, type: 'image/png' }));
    await page.waitForURL(/#\/shared$/);
    expect((await inboxContents(page)).shares).toBe(0);
    await unlock(page);
    await expect.poll(() => page.getByTestId('share-problem').textContent()).toContain('Det delte kunne ikke modtages');
  });
});
