import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { Builder, By, type WebDriver } from 'selenium-webdriver';
import { chromiumArgs, chromiumPath } from '../../../scripts/chromium.mjs';

// A thin driver layer: each user flow (flows.ts) is written once against Driver and run in Chromium (playwright-core),
// WebKitGTK (WebKitWebDriver over W3C WebDriver, under Xvfb) and Firefox ESR (puppeteer-core over WebDriver BiDi).
// Only what the engines do differently lives here: starting, navigating, clicking, typing, picking files, screenshots.

export type Engine = 'chromium' | 'webkit' | 'firefox';
export const engines: Engine[] = ['chromium', 'webkit', 'firefox'];
export const phone = { width: 390, height: 844 };

export interface Driver {
  engine: Engine;
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  url(): Promise<string>;
  /** Runs `fn` (source of a function of one argument, may be async) in the page and returns its JSON result. */
  run<T>(fn: string, arg?: unknown): Promise<T>;
  click(css: string): Promise<void>;
  type(css: string, text: string): Promise<void>;
  pickFile(css: string, path: string): Promise<void>;
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

const call = (fn: string, arg: unknown) => `(${fn})(${JSON.stringify(arg ?? null)})`;

async function freePort(): Promise<number> {
  return new Promise((done) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function chromiumDriver(): Promise<Driver> {
  const profile = await mkdtemp(join(tmpdir(), 'spor-engine-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath, headless: true, viewport: phone, locale: 'da-DK', timezoneId: 'Europe/Copenhagen', args: chromiumArgs,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    engine: 'chromium',
    goto: async (url) => void (await page.goto(url)),
    reload: async () => void (await page.reload()),
    url: async () => page.url(),
    run: (fn, arg) => page.evaluate(call(fn, arg)),
    click: (css) => page.locator(css).first().click(),
    type: (css, text) => page.locator(css).first().fill(text),
    pickFile: (css, path) => page.locator(css).first().setInputFiles(path),
    screenshot: async (path) => void (await page.screenshot({ path })),
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

const miniBrowser = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

async function webkitDriver(): Promise<Driver> {
  const port = await freePort();
  // Its own process group, so closing ends Xvfb, the driver and the browser together.
  const service: ChildProcess = spawn('xvfb-run', ['-a', '-s', '-screen 0 1280x1024x24', 'WebKitWebDriver', `--port=${port}`], { detached: true, stdio: 'ignore' });
  const stop = () => {
    try {
      process.kill(-service.pid!, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  let driver: WebDriver | undefined;
  for (let attempt = 0; attempt < 50 && !driver; attempt++) {
    try {
      driver = await new Builder().usingServer(`http://127.0.0.1:${port}`).withCapabilities({
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: miniBrowser, args: ['--automation'] },
      }).build();
    } catch {
      await new Promise((done) => setTimeout(done, 200)); // the driver is still starting
    }
  }
  if (!driver) {
    stop();
    throw new Error('WebKitWebDriver did not start');
  }
  const session = driver;
  await session.manage().window().setRect({ width: phone.width, height: phone.height });
  const centre = (css: string) => session.executeScript(`document.querySelector(${JSON.stringify(css)}).scrollIntoView({ block: 'center' })`);
  return {
    engine: 'webkit',
    goto: (url) => session.get(url),
    reload: () => session.navigate().refresh(),
    url: () => session.getCurrentUrl(),
    run: (fn, arg) => session.executeScript(`return ${call(fn, arg)};`),
    click: async (css) => {
      for (let attempt = 1; ; attempt++) {
        // Centred first: WebKitWebDriver refuses a click the sticky header or the bottom menu would catch.
        await centre(css);
        try {
          await (await session.findElement(By.css(css))).click();
          return;
        } catch (error) {
          const name = (error as Error).name;
          // Still settling from a scroll or a re-render: centred and tried again, a real click every time.
          if (name === 'ElementClickInterceptedError' && attempt < 5) {
            await new Promise((done) => setTimeout(done, 300));
            continue;
          }
          // WebKitWebDriver sometimes calls a visible, enabled button in a just-scrolled card "not interactable".
          if (name !== 'ElementNotInteractableError') throw error;
          await session.executeScript(`document.querySelector(${JSON.stringify(css)}).click()`);
          return;
        }
      }
    },
    type: async (css, text) => {
      // Centred first, as for a click: a field under the sticky header or the bottom menu is "not interactable".
      await centre(css);
      const field = await session.findElement(By.css(css));
      await field.clear();
      await field.sendKeys(text);
    },
    pickFile: async (css, path) => (await session.findElement(By.css(css))).sendKeys(path),
    screenshot: async (path) => writeFile(path, await session.takeScreenshot(), 'base64'),
    close: async () => {
      await session.quit().catch(() => undefined);
      stop();
    },
  };
}

async function firefoxDriver(): Promise<Driver> {
  const browser = await puppeteer.launch({
    browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true,
    extraPrefsFirefox: { 'intl.accept_languages': 'da-DK, da', 'network.proxy.type': 0 },
  });
  const page = (await browser.pages())[0] ?? (await browser.newPage());
  await page.setViewport(phone);
  return {
    engine: 'firefox',
    goto: async (url) => void (await page.goto(url)),
    reload: async () => void (await page.reload()),
    url: async () => page.url(),
    run: (fn, arg) => page.evaluate(call(fn, arg)) as Promise<never>,
    click: (css) => page.locator(css).click(),
    type: async (css, text) => {
      await page.locator(css).fill(text);
    },
    pickFile: async (css, path) => {
      const input = await page.$(css);
      if (!input) throw new Error(`no ${css}`);
      await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(path);
    },
    screenshot: async (path) => void (await page.screenshot({ path })),
    close: () => browser.close(),
  };
}

export function openDriver(engine: Engine): Promise<Driver> {
  return engine === 'chromium' ? chromiumDriver() : engine === 'webkit' ? webkitDriver() : firefoxDriver();
}

/** Polls `fn` in the page until it returns something truthy; fails with `what` after `timeout` ms. */
export async function waitUntil<T>(driver: Driver, what: string, fn: string, arg?: unknown, timeout = 20_000): Promise<T> {
  const end = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      const value = await driver.run<T>(fn, arg);
      if (value) return value;
    } catch (error) {
      last = error; // the page may be navigating
    }
    if (Date.now() > end) throw new Error(`${driver.engine}: timed out waiting for ${what}${last ? ` (${String(last)})` : ''}`);
    await new Promise((done) => setTimeout(done, 150));
  }
}
