import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { accessibilityViolations, openSession, screenshot, type Session } from './browser';
import { waitForServiceWorker } from './serviceWorker';

const iPhoneSafari = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';

interface AppManifest {
  name: string;
  short_name: string;
  description: string;
  lang: string;
  display: string;
  start_url: string;
  icons: { src: string; sizes: string; purpose?: string }[];
  shortcuts: { name: string; short_name: string; url: string; description: string }[];
  share_target: { action: string; method: string; enctype: string; params: { files: { name: string }[] } };
  screenshots: { src: string; sizes: string; form_factor?: string }[];
}

describe('installing Spor', () => {
  let session: Session;
  const baseUrl = inject('baseUrl');
  beforeAll(async () => {
    session = await openSession(baseUrl);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('is installable, with a neutral name and icon, maskable icons, screenshots, a "Ny hændelse" and a neutrally named alarm shortcut', async () => {
    const { page, context } = session;
    await page.goto(baseUrl);
    await waitForServiceWorker(page);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
    const { errors, data } = await cdp.send('Page.getAppManifest');
    expect(errors).toEqual([]);
    const manifest = JSON.parse(data!) as AppManifest;
    expect(manifest).toMatchObject({ name: 'Spor', short_name: 'Spor', lang: 'da', display: 'standalone' });
    // Whoever sees the phone's home screen or app list learns nothing about what the app is for.
    const shown = [manifest.name, manifest.short_name, manifest.description, ...manifest.shortcuts.flatMap((shortcut) => [shortcut.name, shortcut.description]), await page.title()].join(' ');
    expect(shown).not.toMatch(/stalk|forfølg|chikane|politi|police/i);
    expect(manifest.icons.filter((icon) => icon.purpose === 'maskable').map((icon) => icon.sizes).sort()).toEqual(['192x192', '512x512']);
    expect(manifest.screenshots.some((shot) => shot.form_factor === 'narrow')).toBe(true);
    expect(manifest.shortcuts).toEqual([
      expect.objectContaining({ name: 'Ny hændelse', url: './#/new' }),
      expect.objectContaining({ name: 'Lydnotat', url: './#/record' }),
      // The alarm's shortcut says nothing of what it does to someone looking over the shoulder.
      expect.objectContaining({ name: 'Kontakt', short_name: 'Kontakt', url: './#/alarm' }),
    ]);
    // Other apps share text and files into Spor through the service worker (POST, multipart).
    expect(manifest.share_target).toMatchObject({ action: './share-target', method: 'POST', enctype: 'multipart/form-data' });
    expect(manifest.share_target.params.files[0]).toMatchObject({ name: 'files' });

    const files = [...manifest.icons.map((icon) => icon.src), ...manifest.screenshots.map((shot) => shot.src), 'icons/apple-touch-icon.png'];
    for (const file of files) {
      const response = await page.request.get(new URL(file, `${baseUrl}/manifest.webmanifest`).href);
      expect(response.headers()['content-type'], file).toBe('image/png');
    }
    expect(await page.locator('link[rel="apple-touch-icon"]').count()).toBe(1);
    expect(await page.locator('meta[name="apple-mobile-web-app-capable"]').getAttribute('content')).toBe('yes');

    // The shortcut opens a new incident directly.
    await page.goto(new URL(manifest.shortcuts[0]!.url, `${baseUrl}/`).href);
    await expect.poll(() => page.locator('main h1').first().textContent()).toBe('Ny hændelse');
    // The alarm's opens the alarm screen, where nothing starts before the hold.
    await page.goto(new URL(manifest.shortcuts[2]!.url, `${baseUrl}/`).href);
    await expect.poll(() => page.locator('main h1').first().textContent()).toBe('Alarm');
  });

  it('offers the install button in Settings, says why, and shows how much space is used and free', async () => {
    const { page } = session;
    await page.goto(`${baseUrl}/#/settings`);
    const install = page.getByTestId('install-section');
    await expect.poll(() => install.getByRole('button', { name: 'Installer Spor' }).count()).toBe(1);
    expect(await install.textContent()).toContain('Safari sletter data fra hjemmesider, der ikke er brugt i 7 dage');
    const storage = page.getByTestId('storage-section');
    await expect.poll(() => storage.getByTestId('storage-used').textContent()).toMatch(/^\d+(,\d)? (byte|kB|MB|GB)$/);
    expect(await storage.getByTestId('storage-free').textContent()).toMatch(/^\d+(,\d)? (byte|kB|MB|GB)$/);
    expect(await storage.textContent()).toMatch(/Beskyttet|Ikke beskyttet/);
    await screenshot(page, 'settings-install');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('shows the Home Screen steps on an iPhone', async () => {
    const { context } = session;
    const iPhonePage = await context.newPage();
    const cdp = await context.newCDPSession(iPhonePage);
    await cdp.send('Emulation.setUserAgentOverride', { userAgent: iPhoneSafari, platform: 'iPhone' });
    await iPhonePage.goto(`${baseUrl}/#/settings`);
    const steps = iPhonePage.getByTestId('install-section').getByRole('listitem');
    await expect.poll(() => steps.allTextContents()).toEqual([
      'Tryk på Del-knappen (firkanten med en pil).',
      'Vælg "Føj til hjemmeskærm".',
      'Tryk på "Tilføj". Åbn derefter Spor fra hjemmeskærmen.',
    ]);
    expect(await iPhonePage.getByRole('button', { name: 'Installer Spor' }).count()).toBe(0);
    await screenshot(iPhonePage, 'settings-install-iphone');
    await iPhonePage.close();
    expect(session.foreignRequests()).toEqual([]);
    expect(await session.cspViolations()).toEqual([]);
  });
  it('reads well in the dark scheme too', async () => {
    const dark = await openSession(baseUrl, { colorScheme: 'dark' });
    try {
      await dark.page.goto(`${baseUrl}/#/settings`);
      await dark.page.getByTestId('storage-used').waitFor();
      await screenshot(dark.page, 'settings-install-dark');
      expect(await accessibilityViolations(dark.page)).toEqual([]);
    } finally {
      await dark.close();
    }
  });
});
