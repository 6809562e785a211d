// Takes the install sheet's screenshots (public/screenshots/*.png) from the built app in Debian's chromium: the empty
// log and the settings, so a person glancing at the phone while it installs learns nothing of what the app is for.
// Run `npm run build && node scripts/make-screenshots.mjs` after the screens change a lot.
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const out = fileURLToPath(new URL('../public/screenshots/', import.meta.url));
const server = await startServer({ root: process.argv[2] ?? 'dist' });
const profile = await mkdtemp(join(tmpdir(), 'spor-screenshots-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: chromiumPath,
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 1,
  isMobile: true,
  hasTouch: true,
  locale: 'da-DK',
  timezoneId: 'Europe/Copenhagen',
  args: chromiumArgs,
});
// As on a phone where Spor is installed: storage protected, so Settings shows no warning naming the police report.
await context.addInitScript(() => {
  navigator.storage.persisted = async () => true;
  navigator.storage.persist = async () => true;
});
const page = context.pages()[0] ?? (await context.newPage());

/** Fewer colours keep each PNG small; the app's flat colours survive it. */
async function shoot(hash, name) {
  await page.goto(`${server.url}/${hash}`);
  await page.locator('main h1').first().waitFor();
  await page.waitForTimeout(300);
  const file = join(out, `${name}.png`);
  await page.screenshot({ path: file });
  execFileSync('convert', [file, '-strip', '+dither', '-colors', '48', '-define', 'png:compression-level=9', file]);
}
await shoot('#/', 'log');
await shoot('#/settings', 'settings');

await context.close();
await server.close();
await rm(profile, { recursive: true, force: true });
console.log(`screenshots written to ${out}`);
