import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { openSession, screenshot, screenshotDir, type Session } from './browser';
import { plainRows } from './storedData';

// 100 MiB, as a phone video: larger than Playwright's 50 MB setInputFiles limit, so the file is made in the page.
const size = 100 * 1024 * 1024;

/** An MP4 file's first box ("ftyp", brand mp42): Spor reads the type from the content, so the stand-in starts like a video. */
const mp4Header = [0, 0, 0, 24, ...[...'ftypmp42'].map((char) => char.charCodeAt(0)), 0, 0, 0, 0, ...[...'isommp42'].map((char) => char.charCodeAt(0))];

/** The same bytes the page makes: the MP4 header, then a multiplicative hash of each 32-bit word's index (little-endian, as in the browser). */
function expectedSha256(): string {
  const words = new Uint32Array(size / 4);
  for (let index = 0; index < words.length; index += 1) words[index] = Math.imul(index + 1, 2654435761) ^ (index >>> 7);
  new Uint8Array(words.buffer).set(mp4Header);
  return createHash('sha256').update(new Uint8Array(words.buffer)).digest('hex');
}

async function sha256OfFile(path: string): Promise<{ hash: string; bytes: number }> {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of createReadStream(path)) {
    hash.update(chunk as Buffer);
    bytes += (chunk as Buffer).length;
  }
  return { hash: hash.digest('hex'), bytes };
}

/** Puts a 100 MiB video on the editor's file input the way a picker does (the bytes are made once and then dropped). */
async function pickLargeVideo(page: Page): Promise<void> {
  await page.evaluate(({ total, header }) => {
    const words = new Uint32Array(total / 4);
    for (let index = 0; index < words.length; index += 1) words[index] = Math.imul(index + 1, 2654435761) ^ (index >>> 7);
    new Uint8Array(words.buffer).set(header);
    const file = new File([words], 'video.mp4', { type: 'video/mp4', lastModified: Date.now() - 60_000 });
    const input = document.querySelector<HTMLInputElement>('[data-testid="file-input"]')!;
    const transfer = new DataTransfer();
    transfer.items.add(file);
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }, { total: size, header: mp4Header });
}

/** Rows in two of the app's object stores, counted straight from IndexedDB. */
async function storeCounts(page: Page): Promise<{ files: number; drafts: number }> {
  const rows = await plainRows(page, ['files', 'drafts']);
  return { files: rows.files!.length, drafts: rows.drafts!.length };
}

describe('a 100 MB video attached on a phone', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession(inject('baseUrl'));
  });
  afterAll(async () => {
    await session?.close();
  });

  it('is stored with the incident with its size and SHA-256, and its exact bytes come back after a reload', async () => {
    const { page } = session;
    const expected = expectedSha256();
    await page.goto(`${inject('baseUrl')}#/new`);
    await page.getByRole('radio', { name: 'Forfølgelse' }).check();
    await page.getByRole('textbox', { name: 'Hvad skete der' }).fill('Han filmede mig fra bilen i tyve minutter.');
    await pickLargeVideo(page);
    const pending = page.locator('.file-row', { hasText: 'video.mp4' });
    await pending.waitFor();
    expect(await pending.textContent()).toMatch(/104,9\sMB/);

    // Every progress value the editor shows while storing, as the person would see it.
    await page.evaluate(() => {
      const seen: number[] = [];
      (window as unknown as { __progress: number[] }).__progress = seen;
      new MutationObserver(() => {
        const bar = document.querySelector<HTMLProgressElement>('.storing progress');
        if (bar && seen.at(-1) !== bar.value) seen.push(bar.value);
      }).observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['value'] });
    });
    const started = Date.now();
    await page.getByRole('button', { name: 'Gem', exact: true }).click();
    await page.getByText('Gemmer video.mp4…').waitFor();
    await screenshot(page, 'large-file-storing');
    await page.waitForURL(/#\/incident\/[^/]+$/, { timeout: 90_000 });
    const storingSeconds = (Date.now() - started) / 1000;
    const progress = await page.evaluate(() => (window as unknown as { __progress: number[] }).__progress);
    console.log(`100 MiB video stored in ${storingSeconds.toFixed(1)} s; progress shown: ${progress.length} steps (${progress.slice(0, 5).join(', ')} ... ${progress.slice(-3).join(', ')})`);
    expect(progress.length).toBeGreaterThan(2);
    expect(progress.at(-1)).toBe(100);

    const card = page.locator('li.attachment', { hasText: 'video.mp4' });
    await card.waitFor();
    expect(await card.locator('.facts .hash').textContent()).toBe(expected);
    expect(await card.locator('.facts').first().textContent()).toMatch(/104,9\sMB/);
    expect(await card.locator('.facts').first().textContent()).toContain('Video (MP4)');
    // The card alone: in a full-page shot the fixed bottom bar covers the hash's second line.
    await card.screenshot({ path: join(screenshotDir, 'large-file-detail.png') });
    // The picked file's draft copy is gone once it is stored: one copy of the 100 MB on the phone.
    expect(await storeCounts(page)).toEqual({ files: 1, drafts: 0 });

    await page.reload();
    await card.waitFor();
    expect(await card.locator('.facts .hash').textContent()).toBe(expected);
    await card.getByRole('button', { name: 'Vis video.mp4' }).click();
    await card.getByRole('button', { name: 'Hent video.mp4' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('alertdialog').getByRole('button', { name: 'Hent fil' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('video.mp4');
    expect(await sha256OfFile(await download.path())).toEqual({ hash: expected, bytes: size });
    expect(session.foreignRequests()).toEqual([]);
    expect(await session.cspViolations()).toEqual([]);
  });
});
