import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectNoProblems, useSession, screenshot } from './browser';

// The nights the clocks change in Copenhagen (the browser's zone): 25 October 2026 shows 02:00-02:59 twice,
// 29 March 2026 never shows 02:00-02:59. Both times of the repeated hour can be entered, are listed and printed
// in their true order with their offsets; a skipped time is named as such and nothing is moved.

const run = promisify(execFile);
const narrowPhone = { width: 360, height: 780 };

async function newIncident(page: Page, kind: string, time: string, text: string) {
  await page.getByRole('link', { name: /Ny hændelse/ }).click();
  await page.getByRole('radio', { name: kind, exact: true }).check();
  await page.getByRole('textbox', { name: 'Dato og klokkeslæt' }).fill(time);
  await page.getByRole('textbox', { name: 'Hvad skete der' }).fill(text);
}

async function save(page: Page) {
  await page.getByRole('button', { name: 'Gem', exact: true }).click();
  await page.waitForURL(/#\/incident\/[^/]+$/);
}

describe('times on the nights the clocks change', () => {
  let downloads: string;
  const session = useSession(inject('baseUrl'));
  beforeAll(async () => {
    await session.page.setViewportSize(narrowPhone);
    downloads = await mkdtemp(join(tmpdir(), 'spor-dst-'));
  });
  afterAll(async () => {
    await rm(downloads, { recursive: true, force: true });
  });

  it('asks which 02:15 is meant on the autumn night, and stores both, each as itself', async () => {
    const { page } = session;
    await page.goto(inject('baseUrl'));
    await page.getByText('Intet logget endnu').waitFor();

    await newIncident(page, 'Opkald', '2026-10-25T02:15', 'Første opkald i den dobbelte time.');
    const question = page.getByText('Kl. 02:15 kom to gange søndag 25. oktober 2026, da urene blev stillet tilbage. Hvilken mener du?');
    await question.waitFor();
    // Saving before choosing is refused with the reason at the field, and nothing is stored.
    await page.getByRole('button', { name: 'Gem', exact: true }).click();
    await page.locator('#editor-problem-occurredAt', { hasText: 'Dette klokkeslæt fandtes to gange den nat. Vælg hvilket du mener.' }).waitFor();
    await question.scrollIntoViewIfNeeded();
    await screenshot(page, 'time-repeated-choice-360');
    await expectNoProblems(session);
    await page.getByRole('radio', { name: 'Den første: 02:15 (sommertid, UTC+02:00)' }).check();
    await save(page);
    await page.getByText('søndag 25. oktober 2026 kl. 02:15 (sommertid, UTC+02:00)').waitFor();

    await newIncident(page, 'Opkald', '2026-10-25T02:15', 'Andet opkald, en time senere.');
    await page.getByRole('radio', { name: 'Den anden: 02:15 (vintertid, UTC+01:00)' }).check();
    await save(page);
    await page.getByText('søndag 25. oktober 2026 kl. 02:15 (vintertid, UTC+01:00)').waitFor();
  });

  it('lists them in true order, newest first, each with its offset', async () => {
    const { page } = session;
    await page.goto(`${inject('baseUrl')}/#/`);
    const rows = page.locator('a.incident-row');
    await expect.poll(() => rows.count()).toBe(2);
    const texts = await rows.allTextContents();
    expect(texts[0]).toContain('Andet opkald');
    expect(texts[0]).toContain('søn. 25. okt. 2026 02:15 (vintertid, UTC+01:00)');
    expect(texts[1]).toContain('Første opkald');
    expect(texts[1]).toContain('søn. 25. okt. 2026 02:15 (sommertid, UTC+02:00)');
    await screenshot(page, 'time-repeated-log-360');
  });

  it('prints them in the report in true order, each with its offset', async () => {
    const { page } = session;
    await page.goto(`${inject('baseUrl')}/#/export`);
    await page.getByRole('heading', { name: 'Rapport til politiet' }).waitFor();
    await page.getByRole('radio', { name: 'Ældste først' }).check();
    await page.getByRole('button', { name: 'Lav rapport (PDF)' }).click();
    await page.getByTestId('export-result').waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Hent fil…' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('alertdialog').getByRole('button', { name: 'Hent fil' }).click()]);
    const pdfPath = join(downloads, download.suggestedFilename());
    await download.saveAs(pdfPath);
    const { stdout } = await run('pdftotext', ['-layout', pdfPath, '-']);
    const text = stdout.replace(/\s+/g, ' ');
    const summer = text.indexOf('02:15 (sommertid, UTC+02:00)');
    const winter = text.indexOf('02:15 (vintertid, UTC+01:00)');
    expect(summer).toBeGreaterThan(-1);
    expect(winter).toBeGreaterThan(summer); // Oldest first: the first 02:15 before the second.
    expect(text.indexOf('Første opkald')).toBeLessThan(text.indexOf('Andet opkald'));
  });

  it('says a time in the spring gap never existed, offers the times either side and moves nothing', async () => {
    const { page } = session;
    await page.goto(`${inject('baseUrl')}/#/`);
    await newIncident(page, 'Opkald', '2026-03-29T02:30', 'Et opkald midt om natten.');
    const message = page.getByText('Kl. 02:30 fandtes ikke søndag 29. marts 2026: urene sprang fra 02:00 til 03:00. Vælg et tidspunkt på hver side.');
    await message.waitFor();
    await page.getByRole('button', { name: 'Gem', exact: true }).click();
    await page.locator('#editor-problem-occurredAt', { hasText: 'Dette klokkeslæt fandtes ikke den nat. Vælg et af tidspunkterne på hver side.' }).waitFor();
    expect(page.url()).toMatch(/#\/new$/);
    await message.scrollIntoViewIfNeeded();
    await screenshot(page, 'time-skipped-360');
    await expectNoProblems(session);

    await page.getByRole('button', { name: 'Brug 03:00 (sommertid, UTC+02:00)' }).click();
    expect(await page.getByRole('textbox', { name: 'Dato og klokkeslæt' }).inputValue()).toBe('2026-03-29T03:00');
    await save(page);
    await page.getByText('søndag 29. marts 2026 kl. 03:00').waitFor();
  });
});
