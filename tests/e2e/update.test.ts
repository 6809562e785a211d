import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';
import { accessibilityViolations, openSession, screenshot, type Session } from './browser';
import { buildApp } from './buildApp';
import { waitForServiceWorker } from './serviceWorker';
import { countIncidents, logCall } from './storedData';

/** Builds the app as it is now, labelled with `version` (shown in Settings), into a fresh folder. */
async function buildVersion(version: string): Promise<string> {
  const outDir = await mkdtemp(join(tmpdir(), `spor-update-${version}-`));
  await buildApp(outDir, { version });
  return outDir;
}

async function runningVersion(page: Page, baseUrl: string): Promise<string> {
  await page.goto(`${baseUrl}/#/settings`);
  return (await page.getByTestId('app-version').textContent()) ?? '';
}

describe('an update the user controls', () => {
  let versionOne: string;
  let versionTwo: string;
  let server: Awaited<ReturnType<typeof startServer>>;
  let session: Session;
  beforeAll(async () => {
    versionOne = await buildVersion('1.0.0-test');
    versionTwo = await buildVersion('2.0.0-test');
    server = await startServer({ root: versionOne });
    session = await openSession(server.url);
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
    await Promise.all([versionOne, versionTwo].filter(Boolean).map((dir) => rm(dir, { recursive: true, force: true })));
  });

  it('offers version 2, keeps version 1 running on Later, and on Update saves the open draft and keeps every entry', async () => {
    const { page } = session;
    const baseUrl = server.url;
    await page.goto(baseUrl);
    await waitForServiceWorker(page);
    await logCall(page, baseUrl);
    expect(await runningVersion(page, baseUrl)).toContain('1.0.0-test');

    server.setRoot(versionTwo);
    await page.reload(); // a start of the app looks for a new worker
    const toast = page.getByTestId('update-toast');
    await toast.waitFor();
    expect(await toast.textContent()).toContain('En ny version af Spor er klar.');
    await screenshot(page, 'update-offered');
    expect(await accessibilityViolations(page)).toEqual([]);

    // Later: nothing changes; version 1 keeps working, even across a restart, and the offer comes back.
    await toast.getByRole('button', { name: 'Senere' }).click();
    await expect.poll(() => toast.count()).toBe(0);
    await logCall(page, baseUrl);
    expect(await runningVersion(page, baseUrl)).toContain('1.0.0-test');
    await page.reload();
    await toast.waitFor();
    expect(await runningVersion(page, baseUrl)).toContain('1.0.0-test');
    expect(await countIncidents(page)).toBe(2);

    // Update while an incident is half written: the draft is stored first, then version 2 takes over.
    await page.goto(`${baseUrl}/#/new`);
    await page.getByRole('textbox', { name: 'Hvad skete der' }).fill('Skrevet lige før opdateringen');
    // Listening for the reload before the tap: a quick reload could otherwise be over before the wait begins.
    await Promise.all([page.waitForEvent('load', { timeout: 60_000 }), toast.getByRole('button', { name: 'Opdater' }).click()]);
    await page.getByRole('textbox', { name: 'Hvad skete der' }).waitFor();
    await expect.poll(() => page.getByRole('textbox', { name: 'Hvad skete der' }).inputValue()).toBe('Skrevet lige før opdateringen');
    expect(await toast.count()).toBe(0);
    expect(await runningVersion(page, baseUrl)).toContain('2.0.0-test');
    expect(await countIncidents(page)).toBe(2);
    await screenshot(page, 'update-applied');

    expect(session.foreignRequests()).toEqual([]);
    expect(await session.cspViolations()).toEqual([]);
  });
});
