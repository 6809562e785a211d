import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoProblems, openSession, screenshot, type Session } from './browser';
import { logThreat, plainRows } from './storedData';

const canary = 'KANARIE-7731';

/** Everything a person or a script could read from the page: DOM text, markup, title and address. */
async function pageReveals(page: Page): Promise<string> {
  return page.evaluate(() => [document.title, location.href, document.documentElement.outerHTML].join('\n'));
}

async function expectCovered(page: Page): Promise<void> {
  await page.getByTestId('cover').waitFor();
  const revealed = await pageReveals(page);
  expect(revealed).not.toContain(canary);
  expect(revealed).not.toContain('Nørrebrogade');
  expect(await page.title()).toBe('Spor');
  expect(await page.locator('body').innerText()).toBe('Spor');
}

/** Back through the screens seen before the exit, then a reload: the cover every time. */
async function expectCoveredAfterBackAndReload(page: Page, backSteps: number): Promise<void> {
  for (let step = 0; step < backSteps; step++) {
    await page.goBack();
    await expectCovered(page);
  }
  await page.reload();
  await expectCovered(page);
}

/** The new-incident form drafts stored in IndexedDB (their content is sealed: only that they are there shows raw). */
async function storedFormDrafts(page: Page): Promise<number> {
  const { drafts } = await plainRows(page, ['drafts']);
  return drafts!.filter((draft) => String(draft.subject).startsWith('new-incident:') && String(draft.id).endsWith('|form')).length;
}

describe('quick exit', () => {
  let session: Session;
  let baseUrl: string;
  let detailUrl: string;
  beforeAll(async () => {
    baseUrl = inject('baseUrl');
    session = await openSession(baseUrl);
    detailUrl = await logThreat(session.page, baseUrl, { description: `Han råbte efter mig. ${canary}`, place: 'Nørrebrogade 12' });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('the Exit button hides everything at once, saves the open draft, and Back and reload show only the cover', async () => {
    const { page } = session;
    await page.goto(`${baseUrl}/#/`);
    await page.getByRole('link', { name: /Trusler om vold/ }).click();
    await page.waitForURL(detailUrl);
    await page.getByRole('link', { name: /Ny hændelse/ }).click();
    const draftsBefore = await storedFormDrafts(page);
    await page.getByRole('textbox', { name: 'Hvad skete der' }).fill(`Udkast ${canary} skrevet lige nu`);
    await page.getByRole('button', { name: 'Forlad', exact: true }).click();

    await expectCovered(page);
    expect(new URL(page.url()).hash).toBe('#/');
    expect(await storedFormDrafts(page)).toBe(draftsBefore + 1);
    await screenshot(page, 'quick-exit-cover');
    await expectNoProblems(session);

    await expectCoveredAfterBackAndReload(page, 2);
    await page.getByTestId('cover').click();
    await page.getByRole('link', { name: /Trusler om vold/ }).waitFor();
    // The draft saved on the way out is what was typed: the log lists it, read back through the app.
    await page.getByText(`Udkast ${canary} skrevet lige nu`).waitFor();
  });

  it('Shift pressed three times does the same from any screen', async () => {
    const { page } = session;
    await page.goto(detailUrl);
    await page.getByText(canary).waitFor();
    for (let press = 0; press < 3; press++) await page.keyboard.press('Shift');
    await expectCovered(page);
    await expectCoveredAfterBackAndReload(page, 1);
    await page.getByTestId('cover').click();
  });

  it('typing capitals in the editor does not trigger it', async () => {
    const { page } = session;
    await page.goto(`${baseUrl}/#/new`);
    const text = page.getByRole('textbox', { name: 'Hvad skete der' });
    await text.fill('');
    await page.keyboard.type('ABC DEF GHI');
    expect(await text.inputValue()).toBe('ABC DEF GHI');
    expect(await page.getByTestId('cover').count()).toBe(0);
  });

  it('blanks the app the moment the page is hidden, and a page restored from the back-forward cache stays covered until tapped', async () => {
    const { page } = session;
    await page.goto(detailUrl);
    await page.getByText(canary).waitFor();
    const appVisibility = () => page.evaluate(() => getComputedStyle(document.querySelector('.app')!).visibility);
    await page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    expect(await appVisibility()).toBe('hidden');
    await page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'visible' });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    expect(await appVisibility()).toBe('visible');

    await page.evaluate(() => {
      window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
      window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    });
    await expectCovered(page);
    await page.getByTestId('cover').click();
    await page.getByText(canary).waitFor();
  });

  it('leaves for the neutral website chosen in Settings, the only other origin Spor ever opens', async () => {
    const { page, context } = session;
    await context.route('https://www.dr.dk/**', (route) => route.fulfill({ contentType: 'text/html', body: '<title>DR</title><p>Nyheder</p>' }));
    await page.goto(`${baseUrl}/#/settings`);
    await page.getByRole('radio', { name: 'En hjemmeside, jeg vælger' }).check();
    await page.getByRole('textbox', { name: 'Hjemmesidens adresse' }).fill('dr.dk');
    await page.getByRole('button', { name: 'Gem', exact: true }).click();
    await page.getByRole('status').getByText('Gemt.').waitFor();
    expect(await page.getByRole('textbox', { name: 'Hjemmesidens adresse' }).inputValue()).toBe('https://dr.dk/');
    await screenshot(page, 'settings-quick-exit');
    await expectNoProblems(session);

    await context.route('https://dr.dk/**', (route) => route.fulfill({ contentType: 'text/html', body: '<title>DR</title><p>Nyheder</p>' }));
    await page.goto(detailUrl);
    await page.getByText(canary).waitFor();
    await page.getByRole('button', { name: 'Forlad', exact: true }).click();
    await page.waitForURL('https://dr.dk/');
    expect(session.foreignRequests()).toEqual(['https://dr.dk/']);

    await page.goBack();
    await expectCovered(page);
  });
});
