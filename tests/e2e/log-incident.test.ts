import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { join } from 'node:path';
import { expectNoProblems, openSession, pictureFromPage, screenshot, screenshotDir, type Session } from './browser';
import { openSections } from './editorSections';



/** The visible screen only (the helper takes the full page). */
async function screenshotTop(page: Page, name: string) {
  await page.screenshot({ path: join(screenshotDir, `${name}.png`) });
}

describe('logging an incident on a phone', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession(inject('baseUrl'));
  });
  afterAll(async () => {
    await session?.close();
  });

  it('logs an incident with a photo and a witness, and finds it again after a reload', async () => {
    const { page } = session;
    await page.goto(inject('baseUrl'));
    await page.getByText('Intet logget endnu').waitFor();
    await screenshot(page, 'timeline-empty');
    await expectNoProblems(session);

    await page.getByRole('link', { name: /Ny hændelse/ }).click();
    await page.getByRole('radio', { name: 'Trusler om vold' }).waitFor();
    await screenshotTop(page, 'editor-top');
    await expectNoProblems(session);

    await page.getByRole('radio', { name: 'Trusler om vold' }).check();
    await openSections(page, 'Tilføj sted');
    await page.getByRole('textbox', { name: 'Sted' }).fill('Nørrebrogade 12, ved opgangen');
    await page.getByRole('textbox', { name: 'Hvad skete der' }).fill('Han stod ved opgangen og råbte: "Du slipper ikke for mig."');
    await openSections(page, 'Tilføj vidne');
    await page.getByLabel('Navn', { exact: true }).fill('Mette Hansen');
    await page.getByLabel('Telefon eller e-mail').fill('mette@example.dk');
    await page.getByTestId('file-input').setInputFiles({ name: 'bil-ved-opgangen.jpg', mimeType: 'image/jpeg', buffer: await pictureFromPage(page, { width: 640, height: 480, type: 'image/jpeg' }) });
    await expect.poll(() => page.locator('.file-row img').count()).toBe(1);
    await screenshot(page, 'editor-full');
    await expectNoProblems(session);

    await page.getByRole('button', { name: 'Gem', exact: true }).click();
    await page.waitForURL(/#\/incident\/[^/]+$/);
    await page.getByRole('heading', { name: 'Trusler om vold' }).waitFor();
    const detailUrl = page.url();

    await page.reload();
    await page.goto(`${inject('baseUrl')}#/`);
    const row = page.locator('a.incident-row', { hasText: 'Trusler om vold' });
    await row.waitFor();
    await expect.poll(() => row.locator('img.thumbnail').evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth)).toBeGreaterThan(0);
    expect(await row.textContent()).toContain('Nørrebrogade 12');
    expect(await page.locator('h2.month-heading').first().textContent()).toMatch(/\d{4}$/);
    await screenshot(page, 'timeline-filled');
    await expectNoProblems(session);

    await row.click();
    expect(page.url()).toBe(detailUrl);
    await page.getByText('Mette Hansen').waitFor();
    expect(await page.getByText('Kontakt: mette@example.dk').count()).toBe(1);
    await page.getByRole('heading', { name: 'bil-ved-opgangen.jpg' }).waitFor();
    expect(await page.locator('.facts .hash').textContent()).toMatch(/^[0-9a-f]{64}$/);
    await page.getByRole('button', { name: 'Vis bil-ved-opgangen.jpg' }).click();
    await expect.poll(() => page.locator('img.file-view').evaluate((image: HTMLImageElement) => image.naturalWidth)).toBe(640);
    await screenshot(page, 'detail');
    await expectNoProblems(session);
  });

  it('keeps a half-written draft across a reload until it is discarded', async () => {
    const { page } = session;
    await page.goto(`${inject('baseUrl')}#/new`);
    await page.getByRole('radio', { name: 'SMS eller besked' }).check();
    await page.getByRole('textbox', { name: 'Hvad skete der' }).fill('Brev i postkassen uden afsender');
    await page.getByTestId('file-input').setInputFiles({ name: 'brevet.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%stand-in\n') });
    await page.getByText('brevet.pdf').waitFor();
    await page.waitForTimeout(900); // past the autosave pause
    await page.reload();
    await page.getByText(/kladde fra .* er hentet frem igen/).waitFor();
    // The picked file is part of the draft, with its name.
    await page.getByText('brevet.pdf').waitFor();
    expect(await page.getByRole('textbox', { name: 'Hvad skete der' }).inputValue()).toBe('Brev i postkassen uden afsender');
    expect(await page.getByRole('radio', { name: 'SMS eller besked' }).isChecked()).toBe(true);
    await expectNoProblems(session);

    await page.getByRole('button', { name: 'Kassér kladde' }).click();
    await page.getByRole('alertdialog').waitFor();
    await expectNoProblems(session);
    await page.getByRole('button', { name: 'Smid væk' }).click();
    await expect.poll(() => page.getByRole('textbox', { name: 'Hvad skete der' }).inputValue()).toBe('');
    await page.reload();
    await page.getByRole('radio', { name: 'SMS eller besked' }).waitFor();
    expect(await page.getByText(/hentet frem igen/).count()).toBe(0);
    expect(await page.getByText('brevet.pdf').count()).toBe(0);
  });

  it('shows an unsaved new incident at the top of the log, to continue or throw away', async () => {
    const { page } = session;
    await page.goto(`${inject('baseUrl')}#/new`);
    await page.getByRole('radio', { name: 'Forfølgelse' }).check();
    await page.getByRole('textbox', { name: 'Hvad skete der' }).fill('Bilen holdt igen uden for arbejdet');
    await page.waitForTimeout(900); // past the autosave pause
    await page.goto(`${inject('baseUrl')}#/`);
    const drafts = page.getByTestId('unsaved-drafts');
    await drafts.waitFor();
    expect(await drafts.textContent()).toContain('Ny hændelse: Forfølgelse');
    expect(await drafts.textContent()).toContain('Bilen holdt igen uden for arbejdet');
    await screenshot(page, 'log-unsaved-draft');
    await expectNoProblems(session);

    await drafts.getByRole('link', { name: 'Fortsæt' }).click();
    await expect.poll(() => page.getByRole('textbox', { name: 'Hvad skete der' }).inputValue()).toBe('Bilen holdt igen uden for arbejdet');
    await page.goto(`${inject('baseUrl')}#/`);
    await drafts.getByRole('button', { name: 'Smid væk' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Smid væk' }).click();
    await expect.poll(() => page.getByTestId('unsaved-drafts').count()).toBe(0);
    await page.reload();
    await page.locator('main h1').waitFor();
    await page.waitForTimeout(500);
    expect(await page.getByTestId('unsaved-drafts').count()).toBe(0);
  });

  it('moves an incident to the trash with undo, and restores it from the trash', async () => {
    const { page } = session;
    await page.goto(`${inject('baseUrl')}#/`);
    await page.locator('a.incident-row', { hasText: 'Trusler om vold' }).click();
    await page.getByRole('button', { name: 'Flyt til papirkurv' }).click();
    await page.getByText('Flyttet til papirkurven.').waitFor();
    await page.getByRole('button', { name: 'Fortryd' }).click();
    await page.getByText('Gendannet til loggen.').waitFor();
    await page.getByRole('button', { name: 'Flyt til papirkurv' }).click();
    await page.getByText(/har ligget i papirkurven siden/).waitFor();

    await page.goto(`${inject('baseUrl')}#/`);
    await page.getByText('Intet logget endnu').waitFor();
    await page.getByRole('link', { name: 'Papirkurv' }).click();
    await page.getByRole('button', { name: /^Gendan Trusler om vold/ }).waitFor();
    await screenshot(page, 'trash');
    await expectNoProblems(session);
    await page.getByRole('button', { name: /^Gendan Trusler om vold/ }).click();
    await page.getByText('Papirkurven er tom.').waitFor();

    await page.goto(`${inject('baseUrl')}#/`);
    await page.locator('a.incident-row', { hasText: 'Trusler om vold' }).waitFor();
  });
});

describe('the log screens in dark mode', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession(inject('baseUrl'), { colorScheme: 'dark' });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('are readable and pass axe', async () => {
    const { page } = session;
    await page.goto(inject('baseUrl'));
    await page.getByText('Intet logget endnu').waitFor();
    await screenshot(page, 'timeline-empty-dark');
    await expectNoProblems(session);

    await page.getByRole('link', { name: /Ny hændelse/ }).click();
    await page.getByRole('radio', { name: 'Opkald' }).check();
    await page.getByRole('button', { name: 'Gem', exact: true }).click();
    // Only kind and time: a valid incident.
    await page.getByRole('heading', { name: 'Opkald' }).waitFor();
    await screenshot(page, 'detail-dark');
    await expectNoProblems(session);

    await page.getByRole('link', { name: 'Rediger' }).click();
    await page.getByRole('heading', { name: 'Rediger hændelse' }).waitFor();
    await screenshot(page, 'editor-dark');
    await expectNoProblems(session);

    await page.goto(`${inject('baseUrl')}#/`);
    await page.locator('a.incident-row').waitFor();
    await screenshot(page, 'timeline-filled-dark');
    await expectNoProblems(session);
  });
});
