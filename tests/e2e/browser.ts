import { afterAll, beforeAll, expect } from 'vitest';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { mkdtemp, mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';

export const phone = { width: 390, height: 844 };
export const screenshotDir = join(process.cwd(), '.tmp', 'screenshots');

export interface Session {
  context: BrowserContext;
  page: Page;
  /** Every URL the browser asked for, from any page or worker. */
  requests: string[];
  /** Requests to anything but the app's own origin (data: and blob: are local). */
  foreignRequests(): string[];
  cspViolations(): Promise<string[]>;
  close(): Promise<void>;
}

/**
 * One session for a describe block: opened before its tests and closed after them. The object stands for the session
 * from the first test on (reading it earlier throws), so test files need no hooks of their own for it.
 */
export function useSession(baseUrl: string, options?: Parameters<typeof openSession>[1]): Session {
  let open: Session | undefined;
  beforeAll(async () => {
    open = await openSession(baseUrl, options);
  });
  afterAll(async () => {
    await open?.close();
  });
  const current = (): Session => {
    if (!open) throw new Error('the browser session opens before the first test');
    return open;
  };
  return {
    get context() { return current().context; },
    get page() { return current().page; },
    get requests() { return current().requests; },
    foreignRequests: () => current().foreignRequests(),
    cspViolations: () => current().cspViolations(),
    close: () => current().close(),
  };
}

/**
 * Debian's chromium with a fresh profile (persistent, so service workers and IndexedDB behave as on a phone).
 * The flags keep Chromium from calling home, which this machine's closed network would refuse anyway.
 */
/** `args`: extra Chromium flags for one test file (a fake microphone, say). */
export async function openSession(baseUrl: string, options: { locale?: string; colorScheme?: 'light' | 'dark'; args?: string[] } = {}): Promise<Session> {
  const profile = await mkdtemp(join(tmpdir(), 'spor-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    viewport: phone,
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: options.locale ?? 'da-DK',
    timezoneId: 'Europe/Copenhagen',
    colorScheme: options.colorScheme ?? 'light',
    acceptDownloads: true,
    args: [...chromiumArgs, ...(options.args ?? [])],
  });
  const requests: string[] = [];
  const origin = new URL(baseUrl).origin;
  context.on('request', (request) => requests.push(request.url()));
  // Violations are collected in the page itself, so they are seen even when the network is cut.
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    requests,
    foreignRequests: () => requests.filter((url) => !url.startsWith(`${origin}/`) && !/^(data|blob):/.test(url)),
    cspViolations: async () => {
      const all: string[] = [];
      for (const open of context.pages()) {
        all.push(...(await open.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []).catch(() => [])));
      }
      return all;
    },
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Saves a phone-size screenshot to .tmp/screenshots/<name>.png, for people to look at. */
export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(screenshotDir, { recursive: true });
  const path = join(screenshotDir, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/**
 * axe's verdict on the page as it is now: a list of "rule: target" for every violation. A page without frames is
 * checked with one `axe.run` in the page (the same rules on the same document); the default per-frame mode opens and
 * closes a blank page for every check, which cost seconds each here. A page with a frame (a PDF shown) keeps it.
 */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).setLegacyMode(page.frames().length === 1).analyze();
  return results.violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')} (${violation.help})`));
}

/** The checks every screen must pass: axe finds nothing, nothing went to another origin, no CSP violation. */
export async function expectNoProblems(session: Session): Promise<void> {
  expect(await accessibilityViolations(session.page)).toEqual([]);
  expect(session.foreignRequests()).toEqual([]);
  expect(await session.cspViolations()).toEqual([]);
}

/** A real image encoded by the browser itself (a sky, a ground, a dark block, an optional caption), to stand in for evidence. */
export async function pictureFromPage(
  page: Page,
  { width, height, type, caption }: { width: number; height: number; type: 'image/png' | 'image/jpeg'; caption?: string },
): Promise<Buffer> {
  const base64 = await page.evaluate(async ({ width, height, type, caption }) => {
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d')!;
    const sky = context.createLinearGradient(0, 0, width, height);
    sky.addColorStop(0, '#87a9c9');
    sky.addColorStop(1, '#2c4a66');
    context.fillStyle = sky;
    context.fillRect(0, 0, width, height);
    context.fillStyle = '#5d6b52';
    context.fillRect(0, height * 0.62, width, height * 0.38);
    context.fillStyle = '#9e2b25';
    context.fillRect(width * 0.28, height * 0.52, width * 0.44, height * 0.19);
    if (caption) {
      context.fillStyle = '#f4f1ea';
      context.font = `bold ${Math.round(height / 9)}px sans-serif`;
      context.fillText(caption, width * 0.15, height * 0.35);
    }
    const blob = await new Promise<Blob>((done) => canvas.toBlob((made) => done(made!), type, 0.9));
    let binary = '';
    for (const byte of new Uint8Array(await blob.arrayBuffer())) binary += String.fromCharCode(byte);
    return btoa(binary);
  }, { width, height, type, caption });
  return Buffer.from(base64, 'base64');
}

/** Turns the app lock on in Settings with `passcode`, as a person does: the code twice, then the recovery code put away. */
export async function turnLockOn(page: Page, baseUrl: string, passcode: string): Promise<void> {
  await page.goto(`${baseUrl}/#/settings`);
  await page.getByLabel('Ny kode (6 tegn eller flere: tal eller ord)').fill(passcode);
  await page.getByLabel('Den samme kode igen').fill(passcode);
  await page.getByRole('button', { name: 'Slå låsen til' }).click();
  await page.getByTestId('recovery-code').waitFor();
  await page.getByRole('button', { name: 'Jeg har skrevet den ned' }).click();
}
