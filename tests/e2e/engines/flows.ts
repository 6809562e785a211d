import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { waitUntil, type Driver } from './driver';

// The main user flows, each written once and driven in every engine through Driver (driver.ts).

/**
 * A small photo with 1 MiB of other bytes after its end (viewers stop at its end marker): as large as a phone's photo
 * needs to be for its chunk to be sealed and opened in the encryption workers, so each engine runs that path.
 */
export const photoPath = join(mkdtempSync(join(tmpdir(), 'spor-engine-photo-')), 'car.jpg');
writeFileSync(photoPath, Buffer.concat([readFileSync(new URL('../../report/fixtures/car.jpg', import.meta.url)), randomBytes(1024 * 1024)]));
const story = 'Han stod ved opgangen kl. 22 og filmede mig.';
const witness = 'Mette Hansen';

/** Opens the app in Danish whatever the browser's language, on `hash`. */
export async function openApp(driver: Driver, baseUrl: string, hash = '#/'): Promise<void> {
  await driver.goto(`${baseUrl}/${hash}`);
  await driver.run(`() => localStorage.setItem('spor.language', 'da')`);
  await driver.reload();
  await waitUntil(driver, 'the app', `() => !!document.querySelector('main h1')`);
}

/** Marks the first element matching `css` whose text contains `text`, so the driver can click it by CSS. */
async function markByText(driver: Driver, css: string, text: string, mark: string): Promise<string> {
  await waitUntil(driver, `"${text}"`, `({ css, text, mark }) => {
    const found = [...document.querySelectorAll(css)].find((element) => element.textContent.includes(text));
    if (found) found.setAttribute('data-flow', mark);
    return !!found;
  }`, { css, text, mark });
  return `[data-flow="${mark}"]`;
}



/** Logs an incident with a photo and a witness, reloads and finds all of it again; returns the incident's address. */
export async function logIncidentWithPhotoAndWitness(driver: Driver, baseUrl: string, screenshotDir: string): Promise<string> {
  await openApp(driver, baseUrl, '#/new');
  await waitUntil(driver, 'the editor', `() => !!document.getElementById('editor-kind-call')`);
  await driver.click('label.kind-tile:has(#editor-kind-call)');
  await driver.type('#editor-description', story);
  // The folded witness section's button: it opens the section with a first witness and puts the cursor in the name.
  await driver.click(await markByText(driver, 'button[aria-expanded="false"]', 'Tilføj vidne', 'add-witness'));
  await waitUntil(driver, 'the cursor in the witness name', `() => document.activeElement?.id === 'editor-witness-0-name'`);
  await driver.type('#editor-witness-0-name', witness);
  await driver.pickFile('[data-testid="file-input"]', photoPath);
  await waitUntil(driver, 'the picked photo', `() => document.querySelector('main').innerText.includes('car.jpg')`);
  await driver.click('form.incident-editor button[type="submit"]');
  await waitUntil(driver, 'the saved incident', `() => /#\\/incident\\/[^/]+$/.test(location.hash)`, undefined, 60_000);
  const address = await driver.url();

  await driver.reload();
  await waitUntil(driver, 'the incident after a reload', `({ story, witness }) => {
    const text = document.querySelector('main')?.innerText ?? '';
    const preview = [...document.querySelectorAll('main img')].some((image) => image.complete && image.naturalWidth > 0);
    return text.includes(story) && text.includes(witness) && text.includes('car.jpg') && preview;
  }`, { story, witness });
  await driver.screenshot(join(screenshotDir, `${driver.engine}-incident.png`));

  await openApp(driver, baseUrl, '#/');
  await waitUntil(driver, 'the incident in the log', `(story) => document.querySelector('main').innerText.includes(story.slice(0, 20))`, story);
  await driver.screenshot(join(screenshotDir, `${driver.engine}-log.png`));
  return address;
}

/** Switches to English in Settings, keeps it after a reload, and back to Danish. */
export async function switchLanguage(driver: Driver, baseUrl: string): Promise<void> {
  await openApp(driver, baseUrl, '#/settings');
  await chooseLanguage(driver, 'en', 'Settings');
  await driver.reload();
  await waitUntil(driver, 'English after a reload', `() => document.querySelector('main h1')?.textContent === 'Settings' && document.documentElement.lang === 'en'`);
  await chooseLanguage(driver, 'da', 'Indstillinger');
}

/**
 * Taps a language once its radio is on screen, as a person would; on a loaded machine WebKitGTK's driver has lost a
 * click landing while the screen was still settling, so one more tap is allowed if the heading has not changed.
 */
async function chooseLanguage(driver: Driver, language: 'da' | 'en', heading: string): Promise<void> {
  const radio = `input[type="radio"][value="${language}"]`;
  await waitUntil(driver, `the ${language} choice`, `(css) => !!document.querySelector(css)`, radio);
  for (let tap = 1; ; tap += 1) {
    await driver.click(`label:has(${radio})`);
    try {
      await waitUntil(driver, `the heading "${heading}"`, `(text) => document.querySelector('main h1')?.textContent === text`, heading, tap === 1 ? 8_000 : 20_000);
      return;
    } catch (error) {
      if (tap === 2) throw error;
      console.log(`${driver.engine}: the first tap on "${language}" changed nothing; tapping again`);
    }
  }
}

/**
 * The finished export: whether its buttons sit in view above the bottom menu, then its file as the Download button
 * hands it over (the page's link click is caught, so no engine's download handling is needed).
 */
async function exportedFile(driver: Driver, what: string): Promise<{ bytes: Buffer; name: string; clearOfMenu: boolean }> {
  await waitUntil(driver, `the ${what}`, `() => !!document.querySelector('[data-testid="export-result"] .export-actions button')`, undefined, 90_000);
  const clearOfMenu = await driver.run<boolean>(`async () => {
    await new Promise((done) => setTimeout(done, 500)); // let it scroll into view
    const menu = document.querySelector('.bottom-nav').getBoundingClientRect();
    const actions = document.querySelector('[data-testid="export-result"] .export-actions').getBoundingClientRect();
    return actions.top >= 0 && actions.bottom <= menu.top;
  }`);
  await driver.run(`() => {
    window.flowDownload = undefined;
    HTMLAnchorElement.prototype.click = function () { window.flowDownload = { href: this.href, name: this.download }; };
  }`);
  await driver.click(await markByText(driver, '[data-testid="export-result"] .export-actions button', 'Hent fil', `download-${what}`));
  await driver.click(await markByText(driver, 'dialog.confirm-dialog button', 'Hent fil', `confirm-${what}`));
  const file = await waitUntil<{ base64: string; name: string }>(driver, `the ${what} file`, `async () => {
    if (!window.flowDownload) return undefined;
    const bytes = new Uint8Array(await (await fetch(window.flowDownload.href)).arrayBuffer());
    let binary = '';
    for (let at = 0; at < bytes.length; at += 32768) binary += String.fromCharCode(...bytes.subarray(at, at + 32768));
    return { base64: btoa(binary), name: window.flowDownload.name };
  }`);
  return { bytes: Buffer.from(file.base64, 'base64'), name: file.name, clearOfMenu };
}

/** Makes the police report and the evidence bundle, and checks both files with poppler and unzip. */
export async function makeReportAndBundle(driver: Driver, baseUrl: string, screenshotDir: string): Promise<void> {
  const work = await mkdtemp(join(tmpdir(), `spor-engine-${driver.engine}-`));
  await openApp(driver, baseUrl, '#/export');
  await driver.click(await markByText(driver, 'button', 'Lav rapport', 'make-report'));
  const report = await exportedFile(driver, 'report');
  await driver.screenshot(join(screenshotDir, `${driver.engine}-report-ready.png`));
  expect(report.clearOfMenu, 'the report card\'s buttons are in view above the bottom menu').toBe(true);
  expect(report.bytes.subarray(0, 5).toString()).toBe('%PDF-');
  const pdf = join(work, 'report.pdf');
  await writeFile(pdf, report.bytes);
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain('stod ved opgangen');
  expect(text).toContain(witness);

  await openApp(driver, baseUrl, '#/export');
  await driver.click(await markByText(driver, 'button', 'Eksportér bevismappe', 'make-bundle'));
  const bundle = await exportedFile(driver, 'bundle');
  const zip = join(work, 'bundle.zip');
  await writeFile(zip, bundle.bytes);
  const folder = join(work, 'unzipped');
  execFileSync('unzip', ['-q', zip, '-d', folder]);
  const listing = execFileSync('unzip', ['-Z1', zip], { encoding: 'utf8' });
  expect(listing).toMatch(/car\.jpg/);
  const sums = execFileSync('sh', ['-c', 'cd "$(dirname "$(find "$1" -name SHA256SUMS | head -n 1)")" && sha256sum -c SHA256SUMS', 'sh', folder], { encoding: 'utf8' });
  expect(sums).not.toMatch(/FAILED/);
  const photo = listing.split('\n').find((line) => line.endsWith('car.jpg'))!;
  expect(Buffer.compare(await readFile(join(folder, photo)), await readFile(photoPath))).toBe(0);
}

/** Whether the engine's automation gives the page a service worker at all. */
export function serviceWorkerAvailable(driver: Driver): Promise<boolean> {
  return driver.run(`() => 'serviceWorker' in navigator && !!navigator.serviceWorker`);
}

/**
 * Waits for the service worker to control the page without blocking on `ready`: an install that failed (a precache
 * fetch lost on a loaded machine) is only retried at the next load, as on a phone, so after a quiet spell it reloads.
 */
async function untilServiceWorkerControls(driver: Driver): Promise<void> {
  const end = Date.now() + 90_000;
  let state = '';
  for (let attempt = 0; Date.now() < end; attempt += 1) {
    if (attempt > 0) {
      console.log(`${driver.engine}: no service worker in control yet (${state}); reloading`);
      await driver.reload();
    }
    try {
      await waitUntil(driver, 'the service worker in control', `() => !!navigator.serviceWorker.controller`, undefined, 25_000);
      return;
    } catch {
      state = await driver.run<string>(`async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        return JSON.stringify({ installing: registration?.installing?.state, waiting: registration?.waiting?.state, active: registration?.active?.state });
      }`).catch((error: unknown) => String(error));
    }
  }
  throw new Error(`${driver.engine}: the service worker never took control (last registration: ${state})`);
}

/** After one visit, with the server gone, the app and a lazily loaded screen still open from the service worker. */
export async function offlineAfterFirstVisit(driver: Driver, baseUrl: string, stopServer: () => Promise<void>): Promise<void> {
  await openApp(driver, baseUrl, '#/');
  await untilServiceWorkerControls(driver);
  await stopServer();
  await driver.goto(`${baseUrl}/#/overview`);
  await waitUntil(driver, 'the overview from the cache', `() => document.querySelector('main h1')?.textContent === 'Overblik'`);
  await driver.goto(`${baseUrl}/#/help`);
  await waitUntil(driver, 'help from the cache', `() => !!document.querySelector('main h1') && !document.querySelector('main').innerText.includes('Noget gik galt')`);
}


const passcode = '246810';

/** What a person or a script could read from the page: the title, the address and all the markup. */
const revealed = `() => [document.title, location.href, document.documentElement.outerHTML].join('\\n')`;

/** The lock screen is up, and nothing of the log is in the page. */
async function expectLocked(driver: Driver, what: string): Promise<void> {
  await waitUntil(driver, what, `() => !!document.getElementById('lock-secret') && document.querySelector('main h1')?.textContent === 'Spor'`, undefined, 30_000);
  const page = await driver.run<string>(revealed);
  expect(page, `${what}: no incident text`).not.toContain(story.slice(0, 20));
  expect(page, `${what}: no witness`).not.toContain(witness);
  expect(await driver.run<string>(`() => document.title`)).toBe('Spor');
  expect(await driver.run<boolean>(`() => !!document.querySelector('.bottom-nav, [data-testid="quick-exit"]')`), `${what}: no log behind the lock`).toBe(false);
}

/** The neutral cover is up: the page reads "Spor" and nothing else. */
async function expectCovered(driver: Driver, what: string): Promise<void> {
  await waitUntil(driver, what, `() => !!document.querySelector('[data-testid="cover"]')`);
  const page = await driver.run<string>(revealed);
  expect(page, `${what}: no incident text`).not.toContain(story.slice(0, 20));
  expect(page, `${what}: no witness`).not.toContain(witness);
  expect(await driver.run<string>(`() => document.title`)).toBe('Spor');
  expect(await driver.run<string>(`() => document.body.innerText.trim()`)).toBe('Spor');
}

/**
 * Turns the app lock on in Settings (the recovery code shown once), reloads to the lock screen, is refused a wrong
 * passcode and let in by the right one to the log logged before, then quick exit: a neutral cover, and after a reload
 * the cover again, leading to the lock screen, not the log. Argon2id runs in a worker with WebAssembly in every engine.
 */
export async function lockUnlockAndQuickExit(driver: Driver, baseUrl: string, screenshotDir: string): Promise<void> {
  await openApp(driver, baseUrl, '#/settings');
  await waitUntil(driver, 'the lock settings', `() => !!document.getElementById('lock-new')`);
  await driver.type('#lock-new', passcode);
  await driver.type('#lock-repeat', passcode);
  await driver.click('[data-testid="lock-settings"] form button[type="submit"]');
  const recoveryCode = await waitUntil<string>(driver, 'the recovery code', `() => document.querySelector('[data-testid="recovery-code"]')?.textContent`, undefined, 60_000);
  expect(recoveryCode).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){6}$/);
  await driver.click(await markByText(driver, '[data-testid="recovery-code-card"] button', 'Jeg har skrevet den ned', 'recovery-done'));
  await waitUntil(driver, 'the recovery code gone', `() => !document.querySelector('[data-testid="recovery-code"]')`);

  await driver.goto(`${baseUrl}/#/`);
  await driver.reload();
  await expectLocked(driver, 'the lock screen after a reload');
  await driver.screenshot(join(screenshotDir, `${driver.engine}-lock-screen.png`));

  await driver.type('#lock-secret', '999990');
  await driver.click('main.lock-screen form button[type="submit"]');
  // A refused attempt empties the field and says so (the key derivation takes a moment first).
  await waitUntil(driver, 'the wrong passcode refused', `() => document.getElementById('lock-secret')?.value === '' && document.getElementById('lock-message')?.textContent.includes('Det var ikke koden.')`, undefined, 60_000);
  await expectLocked(driver, 'still locked after a wrong passcode');

  await waitUntil(driver, 'the unlock button enabled', `() => document.querySelector('main.lock-screen form button[type="submit"]')?.disabled === false`, undefined, 30_000);
  await driver.type('#lock-secret', passcode);
  await driver.click('main.lock-screen form button[type="submit"]');
  await waitUntil(driver, 'the log after unlocking', `(story) => !document.getElementById('lock-secret') && (document.querySelector('main')?.innerText ?? '').includes(story.slice(0, 20))`, story, 60_000);
  await waitUntil(driver, 'the wrong attempt reported after unlocking', `() => [...document.querySelectorAll('[role="alert"]')].some((alert) => alert.textContent.includes('forkert forsøg på at låse op'))`);
  await driver.screenshot(join(screenshotDir, `${driver.engine}-unlocked.png`));

  await driver.click('[data-testid="quick-exit"]');
  await expectCovered(driver, 'the cover after quick exit');
  expect(new URL(await driver.url()).hash).toBe('#/');
  await driver.screenshot(join(screenshotDir, `${driver.engine}-quick-exit-cover.png`));

  await driver.reload();
  await expectCovered(driver, 'the cover after a reload');
  await driver.click('[data-testid="cover"]');
  await expectLocked(driver, 'the lock screen behind the cover');
}
