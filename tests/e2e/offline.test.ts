import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSession, pictureFromPage, screenshot } from './browser';
import { waitForServiceWorker } from './serviceWorker';
import { countIncidents, logCall } from './storedData';

const routes = ['#/', '#/new', '#/trash', '#/overview', '#/export', '#/case', '#/help', '#/settings'];

/** Opens a route and waits for its screen (a lazily loaded one must come from the cache offline). */
async function openScreen(page: Page, hash: string) {
  await page.goto(`${inject('baseUrl')}/${hash}`);
  await page.locator('main h1').first().waitFor();
  await expect.poll(() => page.locator('main').textContent()).not.toMatch(/Indlæser…|Noget gik galt/);
}

describe('offline after one online visit', () => {
  const session = useSession(inject('baseUrl'));

  it('precaches every file a feature loads, lazy chunks, workers and fonts included, and not jsPDF\'s unused helpers', async () => {
    const buildDir = inject('buildDir');
    const serviceWorker = await readFile(join(buildDir, 'sw.js'), 'utf8');
    const precached = new Set([...serviceWorker.matchAll(/url["']?\s*:\s*"([^"]+)"/g)].map((match) => match[1]));
    const assets = (await readdir(join(buildDir, 'assets'))).map((name) => `assets/${name}`);
    const needed = assets.filter((name) => !name.startsWith('assets/jspdf-unused-'));
    expect(needed.filter((name) => !precached.has(name))).toEqual([]);
    expect([...precached].filter((name) => /html2canvas|purify|canvg|jspdf-unused/.test(name!))).toEqual([]);
    expect(precached).toContain('index.html');
    expect(precached).toContain('manifest.webmanifest');
  });

  it('logs an incident with a photo, edits it and opens every screen with the network cut; nothing leaves the origin', async () => {
    const { page, context } = session;
    await page.goto(inject('baseUrl'));
    await waitForServiceWorker(page);
    const photo = await pictureFromPage(page, { width: 160, height: 120, type: 'image/png' });

    await context.setOffline(true);
    await page.reload();
    await page.getByTestId('new-incident').click();
    await page.getByLabel('Opkald', { exact: true }).check();
    await page.getByTestId('file-input').setInputFiles({ name: 'skaermbillede.png', mimeType: 'image/png', buffer: photo });
    await page.getByRole('button', { name: 'Gem', exact: true }).click();
    await page.waitForURL(/#\/incident\/[^/]+$/);
    const id = decodeURIComponent(page.url().split('#/incident/')[1]!);

    await openScreen(page, `#/incident/${encodeURIComponent(id)}/edit`);
    await page.getByRole('textbox', { name: 'Hvad skete der' }).fill('Han ringede 14 gange mellem 22 og 23.');
    await page.getByRole('button', { name: 'Gem', exact: true }).click();
    await page.waitForURL(/#\/incident\/[^/]+$/);

    await page.reload();
    await openScreen(page, `#/incident/${encodeURIComponent(id)}/edit`);
    await expect.poll(() => page.getByRole('textbox', { name: 'Hvad skete der' }).inputValue()).toBe('Han ringede 14 gange mellem 22 og 23.');
    await expect.poll(() => page.getByText('skaermbillede.png').count()).toBe(1);
    await screenshot(page, 'offline-edit');
    await page.getByRole('button', { name: 'Annuller' }).click();

    for (const hash of routes) {
      await openScreen(page, hash);
      await page.reload();
      await openScreen(page, hash);
    }
    await screenshot(page, 'offline-settings');

    expect(session.foreignRequests()).toEqual([]);
    expect(await session.cspViolations()).toEqual([]);
  });

  it('lets the user\'s own blob: and data: pictures, sound and workers through the policy', async () => {
    const { page } = session;
    await openScreen(page, '#/');
    const results = await page.evaluate(async () => {
      const loadImage = (src: string) => new Promise<boolean>((done) => {
        const image = new Image();
        image.onload = () => done(image.naturalWidth > 0);
        image.onerror = () => done(false);
        image.src = src;
      });
      const canvas = document.createElement('canvas');
      canvas.width = canvas.height = 4;
      const dataUrl = canvas.toDataURL('image/png');
      const pngBlob = await (await fetch(dataUrl)).blob();
      // A tenth of a second of silence as a WAV file, as a voice recording would be stored.
      const samples = 800;
      const wav = new DataView(new ArrayBuffer(44 + samples));
      const text = (offset: number, value: string) => [...value].forEach((char, i) => wav.setUint8(offset + i, char.charCodeAt(0)));
      text(0, 'RIFF'); wav.setUint32(4, 36 + samples, true); text(8, 'WAVEfmt ');
      wav.setUint32(16, 16, true); wav.setUint16(20, 1, true); wav.setUint16(22, 1, true);
      wav.setUint32(24, 8000, true); wav.setUint32(28, 8000, true); wav.setUint16(32, 1, true); wav.setUint16(34, 8, true);
      text(36, 'data'); wav.setUint32(40, samples, true);
      const audio = new Audio();
      const sound = await new Promise<boolean>((done) => {
        audio.onloadedmetadata = () => done(audio.duration > 0);
        audio.onerror = () => done(false);
        audio.src = URL.createObjectURL(new Blob([wav.buffer], { type: 'audio/wav' }));
      });
      const worker = new Worker(URL.createObjectURL(new Blob(['postMessage(6 * 7)'], { type: 'text/javascript' })));
      const answer = await new Promise<unknown>((done) => {
        worker.onmessage = (event) => done(event.data);
        worker.onerror = () => done('refused');
      });
      worker.terminate();
      return { blobImage: await loadImage(URL.createObjectURL(pngBlob)), dataImage: await loadImage(dataUrl), sound, answer };
    });
    expect(results).toEqual({ blobImage: true, dataImage: true, sound: true, answer: 42 });
    expect(await session.cspViolations()).toEqual([]);
  });

  it('the ?reset-sw kill switch removes the worker and its caches but keeps the log', async () => {
    const { page, context } = session;
    await context.setOffline(false);
    await logCall(page, inject('baseUrl'));
    await waitForServiceWorker(page);
    const incidentsBefore = await countIncidents(page);
    expect(incidentsBefore).toBeGreaterThan(0);
    const cachesBefore = await page.evaluate(async () => {
      await caches.open('left-by-a-broken-worker');
      return caches.keys();
    });
    expect(cachesBefore.length).toBeGreaterThan(1);
    await page.goto(`${inject('baseUrl')}/?reset-sw#/settings`);
    await page.waitForURL((url) => !url.search.includes('reset-sw'));
    await page.locator('main h1').first().waitFor();
    expect(await page.evaluate(() => caches.keys())).not.toContain('left-by-a-broken-worker');
    expect(await countIncidents(page)).toBe(incidentsBefore);
    expect(page.url()).toMatch(/#\/settings$/);
    expect(session.foreignRequests()).toEqual([]);
  });

  it('when a newer Spor in another tab upgrades the database, this tab saves the open draft and asks to reload', async () => {
    const { page, context } = session;
    await openScreen(page, '#/new');
    await page.getByRole('textbox', { name: 'Hvad skete der' }).fill('Halvt skrevet, da en anden fane opdaterede');
    const newerTab = await context.newPage();
    await newerTab.goto(`${inject('baseUrl')}/manifest.webmanifest`);
    const drafts = await newerTab.evaluate(async () => {
      const current = (await indexedDB.databases()).find((database) => database.name === 'spor-sealed')!.version!;
      const upgraded = await new Promise<IDBDatabase>((done, fail) => {
        const request = indexedDB.open('spor-sealed', current + 10);
        request.onsuccess = () => done(request.result);
        request.onerror = () => fail(request.error);
      });
      const rows = await new Promise<{ id: string; subject: string; sealed?: Uint8Array }[]>((done) => {
        const request = upgraded.transaction('drafts').objectStore('drafts').getAll();
        request.onsuccess = () => done(request.result);
      });
      upgraded.close();
      // The draft's words are sealed: what shows without the key is that this tab's form draft is there, sealed.
      return rows.map(({ id, subject, sealed }) => ({ id, subject, sealedBytes: sealed?.byteLength ?? 0 }));
    });
    const form = drafts.filter((draft) => draft.subject.startsWith('new-incident:') && draft.id.endsWith('|form'));
    expect(form).toHaveLength(1);
    expect(form[0]!.sealedBytes).toBeGreaterThan('Halvt skrevet, da en anden fane opdaterede'.length);
    const notice = page.getByTestId('database-replaced');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('Dine hændelser er i sikkerhed; genindlæs for at fortsætte.');
    expect(await notice.getByRole('button', { name: 'Genindlæs' }).count()).toBe(1);
    await screenshot(page, 'database-replaced');
    await newerTab.close();
  });
});
