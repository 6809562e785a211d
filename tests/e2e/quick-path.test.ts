import { describe, expect, inject, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { useSession, pictureFromPage, screenshot } from './browser';

// The quick path on a 360 x 740 phone: kind, what happened and a photo are logged in five taps, none of them after a scroll.

/** Whether the element is wholly in the part of the window no sticky bar covers, as it is now: tapped without a scroll. */
async function inReach(target: Locator): Promise<string> {
  return target.evaluate((element) => {
    const box = element.getBoundingClientRect();
    let top = 0;
    let bottom = window.innerHeight;
    for (const bar of document.querySelectorAll<HTMLElement>('.app-header, .save-bar, .bottom-nav:not([hidden]), .new-incident')) {
      if (bar.contains(element) || !bar.getClientRects().length) continue;
      const barBox = bar.getBoundingClientRect();
      if (barBox.top <= 1) top = Math.max(top, barBox.bottom);
      else bottom = Math.min(bottom, barBox.top);
    }
    const ok = box.top >= top - 1 && box.bottom <= bottom + 1;
    return ok ? 'in reach' : `at ${Math.round(box.top)}..${Math.round(box.bottom)}, free ${Math.round(top)}..${Math.round(bottom)}`;
  });
}

describe('the quick path', () => {
  const session = useSession(inject('baseUrl'));

  for (const language of ['da', 'en'] as const) {
    it(`logs kind, what happened and a photo in five taps without scrolling on a 360 x 740 phone (${language})`, async () => {
      const { page } = session;
      const words = language === 'da'
        ? { newIncident: 'Ny hændelse', kind: 'Forfølgelse', text: 'Hvad skete der', photo: 'Tag foto', save: 'Gem' }
        : { newIncident: 'New incident', kind: 'Following', text: 'What happened', photo: 'Take photo', save: 'Save' };
      await page.setViewportSize({ width: 360, height: 740 });
      await page.goto(`${inject('baseUrl')}/#/`);
      await page.evaluate((chosen) => {
        localStorage.setItem('spor.language', chosen);
        localStorage.setItem('spor.welcomeDismissed', 'yes');
      }, language);
      await page.reload();
      await page.locator('main h1').waitFor();
      const photo = await pictureFromPage(page, { width: 1200, height: 900, type: 'image/jpeg' });
      let taps = 0;
      const tap = async (target: Locator) => {
        await target.waitFor();
        expect(await inReach(target)).toBe('in reach');
        await target.tap();
        taps += 1;
      };

      await tap(page.getByTestId('new-incident'));
      await page.locator('main h1').waitFor();
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      await tap(page.getByRole('radio', { name: words.kind }));
      const text = page.getByRole('textbox', { name: words.text });
      await tap(text);
      await page.keyboard.type('Han fulgte efter mig fra stationen.');
      await screenshot(page, `quick-path-${language}`);
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), tap(page.getByRole('button', { name: words.photo }))]);
      await chooser.setFiles({ name: 'IMG_0001.jpg', mimeType: 'image/jpeg', buffer: photo });
      await page.getByText('IMG_0001.jpg').waitFor();
      await tap(page.getByRole('button', { name: words.save, exact: true }));
      await page.waitForURL(/#\/incident\/[^/]+$/);
      expect(taps).toBe(5);
      await page.getByText('Han fulgte efter mig fra stationen.').waitFor();
      await page.locator('li.attachment', { hasText: 'IMG_0001.jpg' }).waitFor();
    });
  }
});
