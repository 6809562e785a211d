import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { join } from 'node:path';
import { accessibilityViolations, useSession, pictureFromPage, screenshot, screenshotDir } from './browser';
import { openSections } from './editorSections';

// A layout that never breaks: every screen at 320 x 640 and 360 x 740, Danish and English, light and dark, with the
// longest content a person might type (a 300-character word, an end time, every field filled).

const word = 'Ø'.repeat(100) + 'x'.repeat(100) + 'æ'.repeat(100);
const sizes = [{ width: 320, height: 640 }, { width: 360, height: 740 }] as const;
const languages = ['da', 'en'] as const;
const schemes = ['light', 'dark'] as const;

/** Elements that reach past the right or left edge of the viewport, and whether the page scrolls sideways at all. */
async function sidewaysProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const found: string[] = [];
    if (document.documentElement.scrollWidth > width) found.push(`page is ${document.documentElement.scrollWidth}px wide`);
    for (const element of document.querySelectorAll<HTMLElement>('body *')) {
      if (element.closest('.visually-hidden, [hidden], dialog:not([open]), svg')) continue;
      const box = element.getBoundingClientRect();
      if (!box.width || !box.height) continue;
      if (box.right > width + 1 || box.left < -1) {
        found.push(`${element.tagName.toLowerCase()}.${element.className} ${Math.round(box.left)}..${Math.round(box.right)}`);
      }
    }
    return found.slice(0, 8);
  });
}

/** Every link, button, field and disclosure smaller than 44 x 44 px (a check box counts with its label, which takes the tap). */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('a[href], button, input:not([type=hidden]), select, textarea, summary')]
      .filter((element) => element.getClientRects().length && !element.closest('.visually-hidden, [hidden], .skip-link'))
      .map((element) => {
        const target = (element.matches('input[type=checkbox], input[type=radio]') && element.closest('label')) || element;
        return { element, box: target.getBoundingClientRect() };
      })
      .filter(({ box }) => box.height < 43.5 || box.width < 43.5)
      .map(({ element, box }) => `target ${element.tagName.toLowerCase()} "${(element.textContent || element.getAttribute('aria-label') || '').trim().slice(0, 30)}" ${Math.round(box.width)}x${Math.round(box.height)}`),
  );
}

/** Tabs through the screen and lists every stop that is cut off by the window or hidden under the header, save bar or menu. */
async function hiddenFocusStops(page: Page): Promise<string[]> {
  await page.locator('main h1').first().evaluate((heading: HTMLElement) => {
    heading.tabIndex = -1;
    heading.focus();
  });
  const hidden: string[] = [];
  const seen = new Set<string>();
  let previous = '';
  for (let stop = 0; stop < 200; stop += 1) {
    await page.keyboard.press('Tab');
    const verdict = await page.evaluate(() => {
      const active = document.activeElement as HTMLElement | null;
      if (!active || active === document.body) return { key: 'body', problem: '' };
      // Each element is marked the first time it is reached, so two unlabelled check boxes are still two stops.
      const counter = window as unknown as { __stops?: number };
      active.dataset.focusStop ??= String((counter.__stops = (counter.__stops ?? 0) + 1));
      const label = active.getAttribute('aria-label') ?? (active.closest('label')?.textContent || active.textContent || '').slice(0, 30);
      const key = `${active.dataset.focusStop} ${active.tagName}#${active.id}:${label}`;
      if (!document.querySelector('main')?.contains(active)) return { key, problem: '', outside: true };
      const box = active.getBoundingClientRect();
      const covers = [...document.querySelectorAll<HTMLElement>('.app-header, .save-bar, .bottom-nav, .new-incident')]
        .filter((bar) => !bar.contains(active) && bar.getBoundingClientRect().height > 0 && getComputedStyle(bar).display !== 'none');
      let top = 0;
      let bottom = window.innerHeight;
      for (const bar of covers) {
        const barBox = bar.getBoundingClientRect();
        if (barBox.top <= 1) top = Math.max(top, barBox.bottom);
        else bottom = Math.min(bottom, barBox.top);
      }
      const visible = box.top >= top - 1 && box.bottom <= bottom + 1 && box.left >= -1 && box.right <= window.innerWidth + 1;
      return { key, problem: visible ? '' : `${key} at ${Math.round(box.top)}..${Math.round(box.bottom)}, free ${Math.round(top)}..${Math.round(bottom)}` };
    });
    // A date-time input takes several Tabs (day, month, year...) while staying the focused element.
    if (verdict.key === previous) continue;
    previous = verdict.key;
    if (verdict.outside && seen.size > 0) break;
    if (seen.has(verdict.key)) break;
    seen.add(verdict.key);
    if (verdict.problem) hidden.push(verdict.problem);
  }
  expect(seen.size, [...seen].join("\n")).toBeGreaterThan(10);
  return hidden;
}

async function fillEverything(page: Page, baseUrl: string): Promise<string> {
  await page.goto(`${baseUrl}/#/new`);
  await page.getByLabel('Forfølgelse', { exact: true }).check();
  await page.getByLabel('Sluttede (valgfrit)').fill('2026-11-20T23:59');
  await page.getByLabel('Dato og klokkeslæt').fill('2026-11-20T21:05');
  await openSections(page, 'Tilføj sted', 'Tilføj involverede personer', 'Tilføj hvordan det påvirkede mig', 'Tilføj vidne', 'Tilføj kontakt med politiet');
  await page.getByRole('textbox', { name: 'Sted' }).fill(word);
  await page.getByRole('textbox', { name: 'Hvad skete der' }).fill(`${word} ${word}`);
  await page.getByRole('textbox', { name: 'Involverede personer' }).fill(word);
  await page.getByRole('textbox', { name: 'Hvordan det påvirkede mig' }).fill(word);
  await page.getByLabel('Navn', { exact: true }).fill(word);
  await page.getByLabel('Telefon eller e-mail').fill(word);
  await page.getByLabel('Note', { exact: true }).fill(word);
  await page.getByRole('textbox', { name: 'Journalnummer' }).fill(word);
  await page.getByRole('textbox', { name: 'Betjent' }).fill(word);
  await page.getByRole('textbox', { name: 'Telefon', exact: true }).fill(word);
  await page.getByLabel('Typisk eksempel').check();
  const photo = await pictureFromPage(page, { width: 800, height: 600, type: 'image/jpeg' });
  await page.locator('input[type=file]:not([capture])').setInputFiles({ name: `${word}.jpg`, mimeType: 'image/jpeg', buffer: photo });
  await page.getByRole('button', { name: 'Gem', exact: true }).click();
  await page.waitForURL(/#\/incident\/[^/]+$/);
  const id = page.url().split('/').pop()!;

  await page.goto(`${baseUrl}/#/case`);
  await page.getByLabel('Dit navn, som det skal stå i rapporten').fill(word);
  await page.getByLabel('Hvordan du sagde det (kort note)').fill(word);
  await page.getByRole('button', { name: 'Gem sagens oplysninger' }).click();
  await page.getByRole('button', { name: 'Tilføj en person' }).click();
  const person = page.locator('section.person');
  await person.getByLabel('Navn', { exact: true }).fill(word);
  await person.getByLabel('Telefonnummer 1').fill(word);
  await person.getByLabel('Beskrivelse', { exact: true }).fill(word);
  await person.getByLabel('Beskrivelse', { exact: true }).blur();
  return id;
}

describe('a layout that never breaks', () => {
  let incidentId: string;
  const baseUrl = inject('baseUrl');
  const session = useSession(baseUrl);
  beforeAll(async () => {
    incidentId = await fillEverything(session.page, baseUrl);
  }, 120_000);

  const screens = () => [
    ['log', '#/'], ['incident', `#/incident/${incidentId}`], ['editor', `#/incident/${incidentId}/edit`], ['new', '#/new'],
    ['trash', '#/trash'], ['overview', '#/overview'], ['export', '#/export'], ['case', '#/case'], ['help', '#/help'], ['settings', '#/settings'], ['alarm', '#/alarm'], ['backup', '#/backup'],
  ] as const;

  // One fresh load per language and screen; the sizes and schemes are then applied to that page as a phone turning or
  // switching to dark mode does, instead of reloading it for each of the four (the checks run on each of the four).
  for (const language of languages) {
    it(`${language}, 320 x 640 and 360 x 740, light and dark: no screen scrolls sideways, every target is 44 px, axe finds nothing`, async () => {
      const { page } = session;
      await page.evaluate((chosen) => localStorage.setItem('spor.language', chosen), language);
      const problems: Record<string, string[]> = {};
      for (const [name, hash] of screens()) {
        await page.setViewportSize(sizes[0]);
        await page.emulateMedia({ colorScheme: schemes[0] });
        await page.goto(`${baseUrl}/${hash}`);
        await page.reload();
        await page.locator('main h1').first().waitFor();
        await page.waitForLoadState('networkidle');
        for (const size of sizes) {
          await page.setViewportSize(size);
          for (const scheme of schemes) {
            await page.emulateMedia({ colorScheme: scheme });
            const sideways = await sidewaysProblems(page);
            const axe = await accessibilityViolations(page);
            const small = await smallTargets(page);
            if (sideways.length || axe.length || small.length) problems[`${size.width} x ${size.height} ${scheme} ${name}`] = [...sideways, ...axe, ...small];
            await screenshot(page, `layout-${size.width}-${language}-${scheme}-${name}`);
          }
        }
      }
      expect(problems).toEqual({});
    }, 300_000);
  }

  for (const size of sizes) {
    it(`${size.width} x ${size.height}: every focus stop in the editor is fully in view, clear of the sticky bars`, async () => {
      const { page } = session;
      await page.setViewportSize(size);
      await page.evaluate(() => localStorage.setItem('spor.language', 'da'));
      await page.goto(`${baseUrl}/#/incident/${incidentId}/edit`);
      await page.reload();
      await page.locator('main h1').first().waitFor();
      expect(await hiddenFocusStops(page)).toEqual([]);
    }, 120_000);
  }

  it('the editor\'s conflict and failed-save states fit at 320 and 360 px, light and dark, with the longest words', async () => {
    const { context } = session;
    const editUrl = `${baseUrl}/#/incident/${incidentId}/edit`;
    await session.page.evaluate(() => localStorage.setItem('spor.language', 'da'));
    const [mine, theirs] = [await context.newPage(), await context.newPage()];
    for (const page of [mine, theirs]) {
      await page.goto(editUrl);
      await page.getByRole('textbox', { name: 'Hvad skete der' }).waitFor();
    }
    // Both tabs change the same incident: the other tab saves first, so this one is shown both versions side by side.
    await theirs.getByRole('textbox', { name: 'Sted' }).fill(`${word} (anden fane)`);
    await theirs.getByRole('textbox', { name: 'Hvad skete der' }).fill(`${word} (anden fane)`);
    await theirs.getByRole('button', { name: 'Gem', exact: true }).click();
    await theirs.waitForURL(/#\/incident\/[^/]+$/);
    await theirs.close();
    await mine.getByRole('textbox', { name: 'Hvad skete der' }).fill(`${word} (denne skærm)`);
    await mine.getByRole('button', { name: 'Gem', exact: true }).click();
    await mine.getByTestId('conflict').waitFor();

    // A failed save: every write meets a full disk, after a file with a 300-character name was picked.
    const failing = await context.newPage();
    await failing.addInitScript(() => {
      const full = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
      IDBObjectStore.prototype.put = full;
      IDBObjectStore.prototype.add = full;
    });
    await failing.goto(`${baseUrl}/#/new`);
    await failing.getByLabel('Forfølgelse', { exact: true }).check();
    await failing.getByRole('textbox', { name: 'Hvad skete der' }).fill(word);
    await failing.getByTestId('file-input').setInputFiles({ name: `${word}.pdf`, mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%stand-in\n') });
    await failing.getByRole('button', { name: 'Gem', exact: true }).click();
    await failing.getByTestId('storage-trouble').getByText(/Ikke gemt/).waitFor();

    const problems: Record<string, string[]> = {};
    for (const [state, page, shown] of [['conflict', mine, 'conflict'], ['failed', failing, 'storage-trouble']] as const) {
      for (const size of sizes) {
        await page.setViewportSize(size);
        for (const scheme of schemes) {
          await page.emulateMedia({ colorScheme: scheme });
          const found = [...(await sidewaysProblems(page)), ...(await smallTargets(page)), ...(await accessibilityViolations(page))];
          if (found.length) problems[`${state} ${size.width} ${scheme}`] = found;
          // The whole page, and the state's top as the phone shows it.
          await screenshot(page, `layout-${size.width}-da-${scheme}-editor-${state}`);
          await page.getByTestId(shown).evaluate((element) => element.scrollIntoView({ block: 'start' }));
          await page.screenshot({ path: join(screenshotDir, `layout-${size.width}-da-${scheme}-editor-${state}-top.png`) });
        }
      }
    }
    expect(problems).toEqual({});
    await failing.close();
    // Leave the incident saved, so no draft is left for the screens above.
    await mine.getByTestId('conflict').getByRole('button', { name: 'Gem mine valg' }).click();
    await mine.waitForURL(/#\/incident\/[^/]+$/);
    await mine.close();
  }, 180_000);

  it('moves focus to the heading when a screen opens', async () => {
    const { page } = session;
    await page.goto(`${baseUrl}/#/`);
    await page.locator('main h1').first().waitFor();
    for (const link of ['Overblik', 'Sagen', 'Hjælp', 'Log']) {
      await page.getByRole('navigation').getByRole('link', { name: link }).click();
      await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    }
    await page.getByTestId('new-incident').click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName + ':' + document.activeElement?.textContent)).toBe('H1:Ny hændelse');
  });
});
