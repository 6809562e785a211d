import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoProblems, openSession, screenshot, type Session } from './browser';
import { countIncidents, logThreat } from './storedData';

const run = promisify(execFile);
const canary = 'KANARIE-4412';
const passcode = '246810';

/** The lock screen shows nothing of the log: not in the text, the markup, the title or the address. */
async function expectLocked(page: Page): Promise<void> {
  await page.getByLabel('Kode', { exact: true }).waitFor();
  const revealed = await page.evaluate(() => [document.title, location.href, document.documentElement.outerHTML].join('\n'));
  expect(revealed).not.toContain(canary);
  expect(await page.title()).toBe('Spor');
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Spor');
}

async function typePasscode(page: Page, typed: string): Promise<void> {
  await page.getByLabel('Kode', { exact: true }).fill(typed);
  await page.getByRole('button', { name: 'Lås op' }).click();
}

async function hidePage(page: Page): Promise<void> {
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    document.dispatchEvent(new Event('visibilitychange'));
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'visible' });
  });
}

describe('the app lock', () => {
  let session: Session;
  let baseUrl: string;
  let recoveryCode: string;
  let detailUrl: string;
  const downloads = mkdtemp(join(tmpdir(), 'spor-lock-'));
  beforeAll(async () => {
    baseUrl = inject('baseUrl');
    session = await openSession(baseUrl);
    detailUrl = await logThreat(session.page, baseUrl, { description: `Han ventede ved bilen. ${canary}` });
  });
  afterAll(async () => {
    await session?.close();
    await rm(await downloads, { recursive: true, force: true });
  });

  it('is turned on in Settings, says what encryption does and does not protect, and shows the recovery code once, also as a PDF', async () => {
    const { page } = session;
    await page.goto(`${baseUrl}/#/settings`);
    await expect.poll(() => page.getByTestId('lock-encryption').textContent()).toContain('Uden en adgangskode opbevarer denne browser nøglen');
    await page.getByLabel('Ny kode (6 tegn eller flere: tal eller ord)').fill('12345');
    await page.getByLabel('Den samme kode igen').fill('12345');
    await page.getByRole('button', { name: 'Slå låsen til' }).click();
    await page.getByText('Brug 6 tegn eller flere.').waitFor();

    await page.getByLabel('Ny kode (6 tegn eller flere: tal eller ord)').fill(passcode);
    await page.getByLabel('Den samme kode igen').fill(passcode);
    await page.getByRole('button', { name: 'Slå låsen til' }).click();
    recoveryCode = (await page.getByTestId('recovery-code').textContent())!;
    expect(recoveryCode).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){6}$/);
    await screenshot(page, 'lock-recovery-code');
    await expectNoProblems(session);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Gem som PDF til udskrift' }).click()]);
    const pdfPath = join(await downloads, 'recovery.pdf');
    await download.saveAs(pdfPath);
    const { stdout: pages } = await run('pdfinfo', [pdfPath]);
    expect(pages).toMatch(/Pages:\s+1\n/);
    const { stdout: text } = await run('pdftotext', [pdfPath, '-']);
    expect(text).toContain(recoveryCode);
    expect(text).toContain('Gendannelseskode til Spor');

    await page.getByRole('button', { name: 'Jeg har skrevet den ned' }).click();
    expect(await page.getByTestId('recovery-code').count()).toBe(0);
  });

  it('asks for the passcode after a reload; wrong ones are refused, paced, never wiped, and counted after unlocking', async () => {
    const { page } = session;
    await page.reload();
    await expectLocked(page);
    await screenshot(page, 'lock-screen');
    await expectNoProblems(session);

    for (let attempt = 0; attempt < 3; attempt++) {
      await typePasscode(page, `99999${attempt}`);
      // A refused attempt empties the field (the key derivation takes a moment first).
      await expect.poll(() => page.getByLabel('Kode', { exact: true }).inputValue(), { timeout: 15_000 }).toBe('');
      await page.getByText('Det var ikke koden.').waitFor();
    }
    await screenshot(page, 'lock-wait');
    await page.getByText(/Prøv igen om \d+ s\./).waitFor();
    expect(await page.getByRole('button', { name: 'Lås op' }).isDisabled()).toBe(true);
    await page.reload();
    await expectLocked(page);
    // The pause outlives a reload: the first attempt after it is refused without being tried.
    await typePasscode(page, passcode);
    await page.getByText(/Prøv igen om \d+ s\./).waitFor();

    await expect.poll(() => page.getByRole('button', { name: 'Lås op' }).isEnabled(), { timeout: 15_000 }).toBe(true);
    await typePasscode(page, passcode);
    await page.getByRole('alert').getByText(/^3 forkerte forsøg på at låse op/).waitFor();
    await page.goto(detailUrl);
    await page.getByText(canary).waitFor();
  });

  it('locks the moment the page is hidden, and after the idle time, and brings back an open draft', async () => {
    const { page } = session;
    await hidePage(page);
    await expectLocked(page);
    await typePasscode(page, passcode);
    await page.getByText(canary).waitFor();

    await page.clock.install();
    await page.goto(`${baseUrl}/#/new`);
    // A tap restarts the idle timer, now on the test's clock.
    await page.getByRole('textbox', { name: 'Hvad skete der' }).click();
    await page.getByRole('textbox', { name: 'Hvad skete der' }).fill(`Udkast ${canary}`);
    await page.clock.fastForward('04:50');
    expect(await page.getByLabel('Kode', { exact: true }).count()).toBe(0);
    await page.clock.fastForward('00:11');
    await expectLocked(page);
    await typePasscode(page, passcode);
    expect(await page.getByRole('textbox', { name: 'Hvad skete der' }).inputValue()).toBe(`Udkast ${canary}`);
  });

  it('a page restored from the back-forward cache is covered, then locked', async () => {
    const { page } = session;
    await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true })));
    await page.getByTestId('cover').click();
    await expectLocked(page);
    await typePasscode(page, passcode);
    await page.getByRole('textbox', { name: 'Hvad skete der' }).waitFor();
  });

  it('a quick exit locks too: the neutral screen leads to the lock screen', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Forlad', exact: true }).click();
    await page.getByTestId('cover').click();
    await expectLocked(page);
  });

  it('the recovery code opens Spor when the passcode is forgotten, typed loosely', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Glemt koden?' }).click();
    await page.getByLabel('Gendannelseskode').fill(recoveryCode.slice(0, -1) + (recoveryCode.endsWith('A') ? 'B' : 'A'));
    await page.getByRole('button', { name: 'Lås op' }).click();
    await page.getByText('Der er en tastefejl i gendannelseskoden.', { exact: false }).waitFor();
    await page.getByLabel('Gendannelseskode').fill(recoveryCode.toLowerCase().replace(/-/g, ' '));
    await page.getByRole('button', { name: 'Lås op' }).click();
    await page.waitForURL(/#\/settings$/);
    await page.getByTestId('lock-settings').waitFor();
  });

  it('an export asks for the passcode again: a wrong one makes nothing, the right one makes the report', async () => {
    const { page } = session;
    await page.goto(`${baseUrl}/#/export`);
    await page.getByRole('button', { name: 'Lav rapport (PDF)' }).click();
    await page.getByText('Det var ikke adgangskoden. Intet blev lavet.').waitFor();
    await page.getByLabel(/^Din adgangskode/).fill('forkert-kode');
    await page.getByRole('button', { name: 'Lav rapport (PDF)' }).click();
    await page.getByText('Det var ikke adgangskoden. Intet blev lavet.').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('export-result').count()).toBe(0);
    await page.getByText('Kontrollerer adgangskoden…').waitFor({ state: 'detached' });
    await page.getByLabel(/^Din adgangskode/).fill(passcode);
    await page.getByRole('button', { name: 'Lav rapport (PDF)' }).click();
    await page.getByTestId('export-result').waitFor({ timeout: 60_000 });
    await expectNoProblems(session);
  });

  it('a new passcode keeps everything; turning the lock off opens Spor without one', async () => {
    const { page } = session;
    await page.goto(`${baseUrl}/#/settings`);
    await page.getByLabel('Ny kode (6 tegn eller flere: tal eller ord)').fill('en ny sætning');
    await page.getByLabel('Den samme kode igen').fill('en ny sætning');
    await page.getByRole('button', { name: 'Skift kode' }).click();
    await page.getByText('Koden er skiftet.', { exact: false }).waitFor();
    await page.reload();
    await expectLocked(page);
    await typePasscode(page, 'en ny sætning');
    await page.getByTestId('lock-settings').waitFor();

    await page.getByRole('button', { name: 'Slå låsen fra' }).click();
    await page.getByText('Låsen er slået fra.', { exact: false }).waitFor();
    await page.goto(`${baseUrl}/#/`);
    await page.reload();
    await page.getByRole('link', { name: /Trusler om vold/ }).waitFor();
  });
});

describe('delete everything on this phone', () => {
  let session: Session;
  afterAll(async () => {
    await session?.close();
  });

  it('asks for the typed word, then deletes the database and starts again at an empty log', async () => {
    const baseUrl = inject('baseUrl');
    session = await openSession(baseUrl);
    const { page } = session;
    await logThreat(page, baseUrl, { description: `Slettes ${canary}` });
    await page.goto(`${baseUrl}/#/settings`);
    const section = page.getByTestId('delete-everything');
    const button = section.getByRole('button', { name: 'Slet alt' });
    // The button stays enabled; a tap without the word deletes nothing and says what is missing.
    await section.getByLabel('Skriv SLET for at bekræfte').fill('slet ikke');
    await button.click();
    await section.getByText('Intet blev slettet. For at slette alt skal du først skrive SLET i feltet ovenfor.').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('delete-all-word');
    expect(await countIncidents(page)).toBe(1);
    await section.getByLabel('Skriv SLET for at bekræfte').fill('SLET');
    await screenshot(page, 'delete-everything');
    await expectNoProblems(session);
    await Promise.all([page.waitForEvent('load'), button.click()]);
    await page.getByText('Intet logget endnu').waitFor();
    expect(await page.evaluate(() => document.documentElement.outerHTML)).not.toContain(canary);
    expect(await countIncidents(page)).toBe(0);
  });
});
