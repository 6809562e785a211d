import { mkdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startServer } from '../../scripts/serve.mjs';
import { screenshotDir } from './browser';
import { engines, openDriver, waitUntil, type Driver, type Engine } from './engines/driver';
import { lockUnlockAndQuickExit, logIncidentWithPhotoAndWitness, makeReportAndBundle, offlineAfterFirstVisit, openApp, serviceWorkerAvailable, switchLanguage } from './engines/flows';

// The main flows in Chromium, WebKitGTK and Firefox ESR: one description each (engines/flows.ts), three engines.
// WebKitGTK's automation session is ephemeral, like Safari's Private Browsing: the flows there prove the app works in
// a private session (files stored as chunks) and that it says such a session keeps nothing.

const outcomes: string[] = [];
/** Runs one flow and records its outcome for the per-engine summary printed at the end. */
function flow(engine: Engine, name: string, body: () => Promise<void>, driver: () => Driver) {
  it(`${engine}: ${name}`, async () => {
    try {
      await body();
      outcomes.push(`${engine.padEnd(8)} passed  ${name}`);
    } catch (error) {
      outcomes.push(`${engine.padEnd(8)} FAILED  ${name}`);
      await driver().screenshot(`${screenshotDir}/${engine}-failed-${name.replace(/\W+/g, '-')}.png`).catch(() => undefined);
      throw error;
    }
  });
}

afterAll(() => {
  console.log(`\nBrowser engines, what passed:\n${outcomes.sort().join('\n')}\n`);
});

for (const engine of engines) {
  describe.sequential(`the main flows in ${engine}`, () => {
    let driver: Driver;
    beforeAll(async () => {
      await mkdir(screenshotDir, { recursive: true });
      driver = await openDriver(engine);
    }, 120_000);
    afterAll(async () => {
      await driver?.close();
    });

    const current = () => driver;
    flow(engine, 'logs an incident with a photo and a witness, and finds it after a reload', async () => {
      await logIncidentWithPhotoAndWitness(driver, inject('baseUrl'), screenshotDir);
    }, current);

    flow(engine, engine === 'webkit' ? 'says calmly that this private session keeps nothing' : 'shows no private-session warning in a normal profile', async () => {
      await openApp(driver, inject('baseUrl'), '#/export'); // a screen long enough to scroll
      if (engine === 'webkit') {
        const warning = await waitUntil<string>(driver, 'the warning', `() => document.querySelector('[data-testid="session-warning"]')?.innerText`);
        expect(warning).toContain('slettes');
        await driver.screenshot(`${screenshotDir}/webkit-private-warning.png`);
        // WebKit has no scroll anchoring: the app keeps what is on screen in place when the notice above it goes
        // (or comes, after start), so a tap aimed at a button lands on it.
        const shift = await driver.run<{ scrolled: number; moved: number }>(`async () => {
          // Scrolled to the form's top, not to the bottom (there the shorter page would pull everything down anyway).
          const target = document.querySelector('main form');
          target.scrollIntoView({ block: 'start' });
          await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 100)));
          const before = target.getBoundingClientRect().top;
          document.querySelector('[data-testid="session-warning"] button').click();
          await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 100)));
          return { scrolled: window.scrollY, moved: target.getBoundingClientRect().top - before };
        }`);
        expect(shift.scrolled, 'the screen is scrolled').toBeGreaterThan(0);
        expect(Math.abs(shift.moved), 'pixels the content moved when the notice above it went').toBeLessThan(1);
      } else {
        await driver.run(`() => new Promise((done) => setTimeout(done, 1500))`); // the check runs after first paint
        expect(await driver.run(`() => !!document.querySelector('[data-testid="session-warning"]')`)).toBe(false);
      }
    }, current);

    flow(engine, 'makes the report and the evidence bundle, and both check out', async () => {
      await makeReportAndBundle(driver, inject('baseUrl'), screenshotDir);
    }, current);

    flow(engine, 'switches language and keeps it after a reload', async () => {
      await switchLanguage(driver, inject('baseUrl'));
    }, current);

    flow(engine, 'opens offline after the first visit', async () => {
      const server = await startServer({ root: inject('buildDir') });
      try {
        await openApp(driver, server.url, '#/');
        // All three automations have service workers (WebKitGTK's ephemeral session too), so this is proven everywhere.
        expect(await serviceWorkerAvailable(driver)).toBe(true);
        await offlineAfterFirstVisit(driver, server.url, () => server.close());
      } finally {
        await server.close().catch(() => undefined);
      }
    }, current);

    // Last: it leaves the app locked.
    flow(engine, 'lock, unlock and quick exit', async () => {
      const started = Date.now();
      await lockUnlockAndQuickExit(driver, inject('baseUrl'), screenshotDir);
      console.log(`${engine}: lock, unlock and quick exit took ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }, current);
  });
}
