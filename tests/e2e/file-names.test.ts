import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { join } from 'node:path';
import { expectNoProblems, useSession, pictureFromPage, screenshot, screenshotDir } from './browser';

// File names as people get them: WhatsApp's 75 characters, a 300-character export, a name hiding a direction change,
// an empty file, on the narrowest phone (320 px). Nothing may push the page sideways, and nothing is hidden.
const longName = `${'Skærmbillede af samtalen med ham hvor han truer med at komme forbi igen '.repeat(5).slice(0, 296)}.jpg`;
const whatsAppName = 'WhatsApp Image 2026-11-20 at 23.05.12 (1) - kopi - kopi - Hans beskeder.jpg';
const trickName = 'invoice\u202egpj.exe';

async function noSidewaysScroll(page: Page): Promise<void> {
  const { scrollWidth, innerWidth, wide } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
    wide: [...document.querySelectorAll('body *')].filter((element) => element.getBoundingClientRect().right > 320.5).map((element) => `${element.tagName}.${element.className} ${Math.round(element.getBoundingClientRect().right)} ${(element.textContent ?? '').slice(0, 40)}`).slice(0, 30),
  }));
  expect(wide).toEqual([]);
  expect(innerWidth).toBe(320);
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
}

describe('file names on a 320 px phone', () => {
  const session = useSession(inject('baseUrl'));
  beforeAll(async () => {
    await session.page.setViewportSize({ width: 320, height: 640 });
  });

  it('wraps long names, shows hidden characters as markers and flags odd files, in the editor and on the detail screen', async () => {
    const { page } = session;
    expect(longName).toHaveLength(300);
    expect(whatsAppName).toHaveLength(75);
    await page.goto(`${inject('baseUrl')}#/new`);
    await page.getByRole('radio', { name: 'Trusler om vold' }).check({ force: true }); // the tile's label covers the radio itself
    await page.getByRole('textbox', { name: 'Hvad skete der' }).fill('Beskeder gemt som filer');
    const photo = await pictureFromPage(page, { width: 320, height: 240, type: 'image/jpeg' });
    await page.getByTestId('file-input').setInputFiles([
      { name: longName, mimeType: 'image/jpeg', buffer: photo },
      { name: whatsAppName, mimeType: 'image/jpeg', buffer: photo },
      { name: trickName, mimeType: 'application/x-msdownload', buffer: photo },
      { name: 'tom.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
      { name: 'besked.eml', mimeType: 'message/rfc822', buffer: Buffer.from('From: mads@example.com\r\nSubject: Hej\r\n\r\nJeg ser dig.\r\n') },
    ]);
    await page.getByText('invoice⟦U+202E⟧gpj.exe').waitFor();
    await page.getByText('Filen er tom (0 byte): den indeholder intet.').waitFor();
    await noSidewaysScroll(page);
    await screenshot(page, 'file-names-editor-320');
    await expectNoProblems(session);

    await page.getByRole('button', { name: 'Gem', exact: true }).click();
    await page.waitForURL(/#\/incident\/[^/]+$/);
    await page.getByRole('heading', { name: 'invoice⟦U+202E⟧gpj.exe' }).waitFor();
    await page.getByRole('heading', { name: longName }).waitFor();
    const card = page.locator('li.attachment', { hasText: 'invoice⟦U+202E⟧gpj.exe' });
    expect(await card.locator('.facts dd').first().textContent()).toBe('Foto (JPEG)'); // read from the content, not the ".exe"
    await card.getByText('Navnet ender på .exe, men indholdet er image/jpeg.').waitFor();
    await card.getByText('Navnet indeholder usynlige eller retningsskiftende tegn').waitFor();
    const mail = page.locator('li.attachment', { hasText: 'besked.eml' });
    expect(await mail.locator('.facts dd').first().textContent()).toBe('Tekst (TXT)');
    await page.locator('li.attachment', { hasText: 'tom.txt' }).getByText('Filen er tom (0 byte)').waitFor();
    await noSidewaysScroll(page);
    await card.screenshot({ path: join(screenshotDir, 'file-names-trick-card-320.png') });
    await screenshot(page, 'file-names-detail-320');
    await expectNoProblems(session);

    await page.goto(page.url().replace(/$/, '/edit'));
    await page.getByRole('heading', { name: 'Rediger hændelse' }).waitFor();
    await page.locator('.file-row', { hasText: 'invoice⟦U+202E⟧gpj.exe' }).getByText('Navnet ender på .exe').waitFor();
    await noSidewaysScroll(page);
    await screenshot(page, 'file-names-stored-320');
    await expectNoProblems(session);
  });
});
