import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { accessibilityViolations, useSession, pictureFromPage, screenshot } from './browser';
import { openSections } from './editorSections';
import { waitForServiceWorker } from './serviceWorker';

const run = promisify(execFile);
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

const incidents = [
  { kind: 'Opkald', at: '2026-11-02T22:15', text: 'Han ringede 14 gange mellem 22 og 23 fra et skjult nummer.', photo: true, journal: '' },
  { kind: 'SMS eller besked', at: '2026-11-09T07:40', text: 'Besked: "Jeg ved hvor du bor, Åse." Sendt fra 12 34 56 78.', photo: false, journal: '0100-12345-00001-26' },
  { kind: 'Forfølgelse', at: '2026-11-20T17:05', text: 'Stod ved indgangen til Føtex på Østerbrogade og fulgte efter mig hjem.', photo: false, journal: '' },
];


async function logIncident(page: Page, incident: (typeof incidents)[number], photo: Buffer) {
  await page.getByTestId('new-incident').click();
  await page.getByLabel(incident.kind, { exact: true }).check();
  await page.getByRole('textbox', { name: 'Dato og klokkeslæt' }).fill(incident.at);
  if (incident.photo) await page.getByTestId('file-input').setInputFiles({ name: 'IMG_2041.jpg', mimeType: 'image/jpeg', buffer: photo });
  await page.getByRole('textbox', { name: 'Hvad skete der' }).fill(incident.text);
  if (incident.journal) {
    await openSections(page, 'Tilføj kontakt med politiet');
    await page.getByRole('textbox', { name: 'Journalnummer' }).fill(incident.journal);
  }
  if (incident.photo) await page.getByLabel('Typisk eksempel').check();
  await page.getByRole('button', { name: 'Gem', exact: true }).click();
  await page.waitForURL(/#\/incident\/[^/]+$/);
}

async function openScreen(page: Page, hash: string) {
  await page.goto(`${inject('baseUrl')}/${hash}`);
  await page.locator('main h1').first().waitFor();
}

describe('export for the police, offline', () => {
  let downloads: string;
  let photo: Buffer;
  const session = useSession(inject('baseUrl'));
  beforeAll(async () => {
    downloads = await mkdtemp(join(tmpdir(), 'spor-downloads-'));
  });
  afterAll(async () => {
    await rm(downloads, { recursive: true, force: true });
  });

  it('logs three incidents, one with a photo, and shows their pattern on the overview', async () => {
    const { page, context } = session;
    await page.goto(inject('baseUrl'));
    await waitForServiceWorker(page);
    photo = await pictureFromPage(page, { width: 1200, height: 900, type: 'image/jpeg', caption: '12 34 56 78' });
    await context.setOffline(true);
    await page.reload();
    for (const incident of incidents) await logIncident(page, incident, photo);

    await openScreen(page, '#/overview');
    await expect.poll(() => page.getByTestId('overview-total').textContent()).toBe('3');
    await expect.poll(() => page.getByRole('img', { name: /Hændelser pr. uge/ }).locator('rect').count()).toBe(3);
    expect(await page.getByText('Journalnummer: 0100-12345-00001-26').count()).toBe(1);
    await screenshot(page, 'overview');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('creates the report on the phone, with progress, and hands it over as a download containing every incident', async () => {
    const { page } = session;
    await page.getByRole('link', { name: 'Lav rapport til politiet' }).click();
    await page.getByRole('heading', { name: 'Rapport til politiet' }).waitFor();
    await screenshot(page, 'export-before');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Lav rapport (PDF)' }).click();
    const progress = page.locator('progress');
    if (await progress.isVisible()) await screenshot(page, 'export-progress');
    await page.getByTestId('export-result').waitFor({ timeout: 60_000 });
    await screenshot(page, 'export-after');
    expect(await accessibilityViolations(page)).toEqual([]);

    expect(await page.getByRole('textbox', { name: 'Filnavn' }).inputValue()).toMatch(/^rapport-\d{4}-\d{2}-\d{2}\.pdf$/);
    // Before a download the screen says where the file lands and who can see it there.
    await page.getByRole('button', { name: 'Hent fil…' }).click();
    await page.getByRole('alertdialog').getByText('Hvem kan se den dér').waitFor();
    await screenshot(page, 'export-download-question');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('alertdialog').getByRole('button', { name: 'Hent fil' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^rapport-.*\.pdf$/);
    const pdfPath = join(downloads, download.suggestedFilename());
    await download.saveAs(pdfPath);
    const { stdout: text } = await run('pdftotext', ['-layout', pdfPath, '-']);
    const flat = text.replace(/\s+/g, ' ');
    for (const incident of incidents) {
      for (const word of incident.text.split(' ').filter((part) => part.length > 5)) expect(flat).toContain(word);
    }
    expect(flat).toContain('0100-12345-00001-26');
    const { stdout: images } = await run('pdfimages', ['-list', pdfPath]);
    expect(images.trim().split('\n').length).toBeGreaterThan(2);
  });

  it('cancels a running export and says so', async () => {
    const { page } = session;
    await page.getByRole('checkbox', { name: 'Vis billeder i rapporten' }).uncheck();
    // Tap Cancel in the page the moment the worker reports it is laying out pages: a click sent from the test
    // could arrive after so small a report is already done, and then nothing would be cancelled.
    await page.evaluate(() => {
      const observer = new MutationObserver(() => {
        if (!document.querySelector('[data-testid="export-stage"]')?.textContent?.startsWith('Sætter siderne op')) return;
        observer.disconnect();
        [...document.querySelectorAll('button')].find((button) => button.textContent === 'Annuller')?.click();
      });
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    });
    await page.getByRole('button', { name: 'Lav rapport (PDF)' }).click();
    await expect.poll(() => page.getByTestId('export-message').textContent()).toBe('Annulleret. Intet blev gemt eller sendt.');
    // The worker is gone: no report turns up later, and the form is usable again.
    await page.waitForTimeout(2_000);
    expect(await page.getByTestId('export-result').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Lav rapport (PDF)' }).isEnabled()).toBe(true);
    await page.getByRole('checkbox', { name: 'Vis billeder i rapporten' }).check();
  });

  it('exports the evidence bundle, in which every file matches its hash and the photo is the original, byte for byte', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Eksportér bevismappe (ZIP)' }).click();
    await page.getByRole('heading', { name: 'Bevismappen er klar' }).waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Hent fil…' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('alertdialog').getByRole('button', { name: 'Hent fil' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^rapport-.*-filer\.zip$/);
    const zipPath = join(downloads, download.suggestedFilename());
    await download.saveAs(zipPath);
    const files = unzipSync(new Uint8Array(await readFile(zipPath)));

    const manifest = JSON.parse(strFromU8(files['manifest.json'])) as { reportFingerprint: string; files: { path: string; role: string; size: number; sha256: string; annex?: string; incidentNumber?: number }[] };
    expect(manifest.files.map((file) => file.role)).toEqual(['report', 'annex']);
    for (const listed of manifest.files) {
      expect(sha256(files[listed.path])).toBe(listed.sha256);
      expect(files[listed.path].byteLength).toBe(listed.size);
    }
    const annex = manifest.files[1];
    expect(annex.path).toBe('B1/IMG_2041.jpg');
    expect(annex.incidentNumber).toBe(1);
    expect(Buffer.from(files['B1/IMG_2041.jpg']).equals(photo)).toBe(true);
    expect(strFromU8(files.SHA256SUMS)).toContain(`${annex.sha256}  B1/IMG_2041.jpg`);
    expect(strFromU8(files['README.txt'])).toContain('certutil -hashfile');

    const bundledPdf = join(downloads, 'from-bundle.pdf');
    await writeFile(bundledPdf, files[manifest.files[0].path]);
    const { stdout: text } = await run('pdftotext', [bundledPdf, '-']);
    for (const incident of incidents) expect(text.replace(/\s+/g, ' ')).toContain(incident.text.split(' ').slice(0, 3).join(' '));
    expect(session.foreignRequests()).toEqual([]);
    expect(await session.cspViolations()).toEqual([]);
  });

  it('makes the own copy only after asking, under its own name, and downloads it under a name the person chose', async () => {
    const { page } = session;
    await page.getByRole('radio', { name: 'Min egen kopi, med de private oplysninger' }).check();
    await page.getByRole('button', { name: 'Lav rapport (PDF)' }).click();
    await page.getByRole('alertdialog').getByText('PRIVAT - ikke til politiet').waitFor();
    await screenshot(page, 'export-own-copy-question');
    await page.getByRole('button', { name: 'Gå tilbage' }).click();
    expect(await page.getByRole('alertdialog').count()).toBe(0);
    expect(await page.getByTestId('export-result').count()).toBe(0);

    await page.getByRole('button', { name: 'Lav rapport (PDF)' }).click();
    await page.getByRole('button', { name: 'Lav min egen kopi' }).click();
    await page.getByTestId('export-result').waitFor({ timeout: 60_000 });
    const name = page.getByRole('textbox', { name: 'Filnavn' });
    expect(await name.inputValue()).toMatch(/^rapport-\d{4}-\d{2}-\d{2}-privat\.pdf$/);
    await name.fill('indkøbsliste');
    await page.getByRole('button', { name: 'Hent fil…' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('alertdialog').getByRole('button', { name: 'Hent fil' }).click()]);
    expect(download.suggestedFilename()).toBe('indkøbsliste.pdf');
    const pdfPath = join(downloads, 'own.pdf');
    await download.saveAs(pdfPath);
    const { stdout: text } = await run('pdftotext', [pdfPath, '-']);
    expect(text).toContain('PRIVAT - ikke til politiet');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('keeps the buttons enabled and says what is missing when the period runs backwards', async () => {
    const { page } = session;
    await page.getByLabel('Fra', { exact: true }).fill('2026-12-31');
    await page.getByLabel('Til og med', { exact: true }).fill('2026-01-01');
    const create = page.getByRole('button', { name: 'Lav rapport (PDF)' });
    expect(await create.isEnabled()).toBe(true);
    await create.click();
    await page.getByText('Tjek perioden først').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('export-from');
    expect(await page.getByTestId('export-result').count()).toBe(0);
  });
});
