import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectNoProblems, openSession, pictureFromPage, screenshot, type Session } from './browser';

// Back up through the UI in one profile, restore in a fresh one (from the first-run card): the log looks the same.

const passphrase = 'blå hest spiser 7 gule æbler';
const texts = ['Han ringede 14 gange fra et skjult nummer.', 'Stod ved indgangen til Føtex og fulgte efter mig — Он стоял у двери.'];
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Files as the picker hands them: payloads in memory, or paths (Playwright takes at most 50 MB in memory). */
type PickedFiles = { name: string; mimeType: string; buffer: Buffer }[] | string[];

async function logIncident(page: Page, text: string, files: PickedFiles = []) {
  await page.getByTestId('new-incident').click();
  await page.getByRole('radio', { name: 'Forfølgelse' }).check();
  await page.getByRole('textbox', { name: 'Hvad skete der' }).fill(text);
  if (files.length) await page.getByTestId('file-input').setInputFiles(files);
  await page.getByRole('button', { name: 'Gem', exact: true }).click();
  // Large files are sealed chunk by chunk before the save commits: allow a loaded machine time.
  await page.waitForURL(/#\/incident\/[^/]+$/, { timeout: 180_000 });
}

/** What the log shows: every incident's text on the timeline, and the fingerprints its files are shown with. */
async function logAsShown(page: Page): Promise<{ timeline: string[]; fingerprints: string[] }> {
  await page.goto(`${inject('baseUrl')}/#/`);
  await page.locator('main h1').waitFor();
  await page.getByText(texts[0]!).first().waitFor();
  const timeline = (await page.locator('main li').allInnerTexts()).map((text) => text.trim()).filter(Boolean).sort();
  await page.getByText(texts[0]!).first().click();
  await page.waitForURL(/#\/incident\//);
  // The fingerprint sits in the file's folded "details for checking".
  await page.locator('dt', { hasText: 'SHA-256' }).first().waitFor({ state: 'attached' });
  const fingerprints = (await page.locator('main').textContent())?.match(/[0-9a-f]{64}/g) ?? [];
  return { timeline, fingerprints };
}

/** How many rows each store of every database of the origin holds, read with IndexedDB itself. */
function storedCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(async () => {
    const counts: Record<string, number> = {};
    for (const { name } of await indexedDB.databases()) {
      const database = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name!);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      for (const store of ['incidents', 'attachments', 'files', 'fileChunks', 'revisions']) {
        if (!database.objectStoreNames.contains(store)) continue;
        counts[store] = (counts[store] ?? 0) + await new Promise<number>((resolve) => {
          const request = database.transaction(store).objectStore(store).count();
          request.onsuccess = () => resolve(request.result);
        });
      }
      database.close();
    }
    return counts;
  });
}

describe('backup and restore in the browser', () => {
  let first: Session;
  let second: Session | undefined;
  let downloads: string;
  let backupPath = '';
  let before: { timeline: string[]; fingerprints: string[] };
  let photo: Buffer;
  beforeAll(async () => {
    first = await openSession(inject('baseUrl'));
    // As on a phone (and in Safari and Firefox): no save picker, so the file is shared or downloaded. The picker's
    // way is tested on its own below.
    await first.context.addInitScript(() => { delete (window as { showSaveFilePicker?: unknown }).showSaveFilePicker; });
    downloads = await mkdtemp(join(tmpdir(), 'spor-backup-'));
  });
  afterAll(async () => {
    await first?.close();
    await second?.close();
    await rm(downloads, { recursive: true, force: true });
  });

  it('makes a backup through the Backup screen: passphrase twice, progress, a file with a neutral name', async () => {
    const { page } = first;
    await page.goto(inject('baseUrl'));
    await page.locator('main h1').waitFor();
    photo = await pictureFromPage(page, { width: 1600, height: 1200, type: 'image/jpeg', caption: '12 34 56 78' });
    await logIncident(page, texts[0]!, [{ name: 'IMG_2041.jpg', mimeType: 'image/jpeg', buffer: photo }]);
    // Two larger recordings, so a restore spends long enough writing files to be cut off in the middle (last test).
    const recordings = [join(downloads, 'optagelse-1.bin'), join(downloads, 'optagelse-2.bin')];
    for (const path of recordings) await writeFile(path, randomBytes(40 * 1024 * 1024));
    await logIncident(page, texts[1]!, recordings);
    before = await logAsShown(page);
    expect(before.fingerprints).toContain(sha256(photo));

    await page.goto(`${inject('baseUrl')}/#/settings`);
    await page.getByTestId('settings-backup').getByText('Der er endnu ikke lavet en sikkerhedskopi').waitFor();
    await page.getByRole('link', { name: 'Sikkerhedskopi og gendannelse' }).click();
    await page.locator('main h1', { hasText: 'Sikkerhedskopi' }).waitFor();
    await page.getByLabel('Adgangssætning til filen').fill(passphrase);
    await page.getByText('Stærk.').waitFor();
    await page.getByLabel('Samme adgangssætning igen').fill(`${passphrase}!`);
    await page.getByRole('button', { name: 'Lav sikkerhedskopien' }).click();
    await page.getByRole('alert').getByText('De to adgangssætninger er forskellige').waitFor();
    await page.getByLabel('Samme adgangssætning igen').fill(passphrase);
    await page.getByRole('button', { name: 'Lav sikkerhedskopien' }).click();
    await page.getByTestId('backup-result').waitFor({ timeout: 60_000 });
    await screenshot(page, 'backup-made');
    await expectNoProblems(first);
    await page.getByRole('button', { name: 'Hent filen' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('alertdialog').getByRole('button', { name: 'Hent fil' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^\d{4}-\d{2}-\d{2}\.spor$/);
    backupPath = join(downloads, download.suggestedFilename());
    await download.saveAs(backupPath);
    const bytes = await readFile(backupPath);
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x53, 0x50, 0x52, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(bytes.includes(Buffer.from('Føtex'))).toBe(false);
    expect(bytes.length).toBeGreaterThan(photo.length);
    await page.getByTestId('backup-status').getByText('Seneste sikkerhedskopi').waitFor();
  }, 360_000); // 80 MB of files sealed, then backed up: a loaded machine needs minutes

  it('with a save picker (Chromium on a computer) the file is written straight into the picked file, which restores', async () => {
    const { page } = first;
    await page.goto(`${inject('baseUrl')}/#/backup`);
    await page.locator('main h1', { hasText: 'Sikkerhedskopi' }).waitFor();
    // The picker, stubbed with a file in the origin's private file system; the app cannot tell the difference.
    await page.evaluate(async () => {
      const picked = await (await navigator.storage.getDirectory()).getFileHandle('picked.spor', { create: true });
      Object.assign(window, {
        showSaveFilePicker: async (options: { suggestedName: string }) => {
          Object.assign(window, { suggestedName: options.suggestedName });
          return picked;
        },
      });
    });
    await page.getByLabel('Adgangssætning til filen').fill(passphrase);
    await page.getByLabel('Samme adgangssætning igen').fill(passphrase);
    await page.getByRole('button', { name: 'Lav sikkerhedskopien' }).click();
    await page.getByTestId('backup-result').getByText('Gemt som').waitFor({ timeout: 120_000 });
    expect(await page.getByRole('button', { name: 'Hent filen' }).count()).toBe(0);
    await screenshot(page, 'backup-saved-to-file');
    const written = await page.evaluate(async () => {
      const file = await (await (await navigator.storage.getDirectory()).getFileHandle('picked.spor')).getFile();
      return { size: file.size, magic: [...new Uint8Array(await file.slice(0, 8).arrayBuffer())], name: (window as { suggestedName?: string }).suggestedName };
    });
    expect(written.name).toMatch(/^\d{4}-\d{2}-\d{2}\.spor$/);
    expect(written.magic).toEqual([0x89, 0x53, 0x50, 0x52, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(written.size).toBe((await readFile(backupPath)).length); // same log, same size as the downloaded one

    // Picked in the restore form: everything in it is here already, every file checked against its SHA-256 on the way.
    await page.evaluate(async () => {
      const file = await (await (await navigator.storage.getDirectory()).getFileHandle('picked.spor')).getFile();
      const input = document.getElementById('restore-file') as HTMLInputElement;
      const picked = new DataTransfer();
      picked.items.add(new File([file], 'picked.spor'));
      input.files = picked.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await page.getByLabel('Filens adgangssætning').fill(passphrase);
    await page.getByRole('button', { name: 'Gendan', exact: true }).click();
    await page.getByTestId('restore-result').getByText('0 poster kom ind, 5 var her allerede, 0 var forskellige').waitFor({ timeout: 120_000 });
    await expectNoProblems(first);
  }, 300_000);

  it('restores it in a fresh profile from the first-run card: a wrong passphrase is named, then the log looks the same', async () => {
    second = await openSession(inject('baseUrl'));
    const { page } = second;
    await page.goto(inject('baseUrl'));
    await page.getByTestId('welcome-restore').click();
    await page.locator('main h1', { hasText: 'Sikkerhedskopi' }).waitFor();
    await page.getByLabel('Sikkerhedskopi (.spor)').setInputFiles(backupPath);
    await page.getByLabel('Filens adgangssætning').fill('forkert sætning');
    await page.getByRole('button', { name: 'Gendan', exact: true }).click();
    await page.getByTestId('restore-problem').getByText('Adgangssætningen åbner ikke denne sikkerhedskopi').waitFor({ timeout: 60_000 });
    await page.getByLabel('Filens adgangssætning').fill(passphrase);
    await page.getByRole('button', { name: 'Gendan', exact: true }).click();
    await page.getByTestId('restore-result').waitFor({ timeout: 60_000 });
    await screenshot(page, 'backup-restored');
    await expectNoProblems(second);
    await page.getByRole('button', { name: 'Åbn loggen' }).click();
    expect(await logAsShown(page)).toEqual(before);
  });

  it('a page closed while the restore writes files: at the next start it is rolled back whole and said so', async () => {
    await second?.close();
    second = await openSession(inject('baseUrl'));
    const { page } = second;
    await page.goto(`${inject('baseUrl')}/#/backup`);
    await page.getByLabel('Sikkerhedskopi (.spor)').setInputFiles(backupPath);
    await page.getByLabel('Filens adgangssætning').fill(passphrase);
    await page.getByRole('button', { name: 'Gendan', exact: true }).click();
    await page.getByText('Gendanner:').waitFor({ timeout: 60_000 });
    // The page closed while files were being written; opened again at the log.
    await page.evaluate(() => { history.replaceState(null, '', '#/'); location.reload(); });
    await page.getByTestId('restore-interrupted').waitFor({ timeout: 30_000 });
    await page.locator('main h1').waitFor();
    await screenshot(page, 'backup-restore-interrupted');
    expect(await page.getByText(texts[0]!).count()).toBe(0);
    // Read IndexedDB directly: no incident, file, chunk or history entry is left of the cut-off restore.
    const left = await storedCounts(page);
    expect(left).toMatchObject({ incidents: 0, attachments: 0, files: 0, fileChunks: 0, revisions: 0 });
  });

  it('a copy with one changed byte among the file bytes is refused after its records checked out: named, nothing kept', async () => {
    const { page } = second!;
    // The last frame holds the last file's bytes: it fails to open in the encryption worker during the one pass.
    const damaged = Buffer.from(await readFile(backupPath));
    damaged[damaged.length - 40] ^= 0x01;
    const damagedPath = join(downloads, 'damaged.spor');
    await writeFile(damagedPath, damaged);
    await page.goto(`${inject('baseUrl')}/#/backup`);
    await page.getByLabel('Sikkerhedskopi (.spor)').setInputFiles(damagedPath);
    await page.getByLabel('Filens adgangssætning').fill(passphrase);
    await page.getByRole('button', { name: 'Gendan', exact: true }).click();
    await page.getByTestId('restore-problem').getByText('Filen er beskadiget').waitFor({ timeout: 120_000 });
    await page.goto(`${inject('baseUrl')}/#/`);
    await page.locator('main h1').waitFor();
    expect(await page.getByText(texts[0]!).count()).toBe(0);
    expect(await storedCounts(page)).toMatchObject({ incidents: 0, attachments: 0, files: 0, fileChunks: 0, revisions: 0 });
  });
});
