import { createServer, type Server } from 'node:http';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';
import { openSession, type Session } from './browser';
import { waitForServiceWorker } from './serviceWorker';

/** Another origin that answers anyone (CORS *), so only a CSP can keep a worker from reaching it. */
async function startForeignOrigin(): Promise<{ url: string; hits: string[]; server: Server }> {
  const hits: string[] = [];
  const server = createServer((request, response) => {
    hits.push(request.url ?? '');
    response.writeHead(200, { 'Access-Control-Allow-Origin': '*', 'Content-Type': 'text/plain' });
    response.end('reached');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  return { url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`, hits, server };
}

/** Starts the app's real report worker and has it try to fetch `target`: "reached" or "blocked". */
async function reportWorkerFetches(page: Page, workerPath: string, target: string): Promise<string> {
  const started = page.waitForEvent('worker', (worker) => worker.url().includes(workerPath));
  await page.evaluate((path) => {
    (window as unknown as { probe: Worker }).probe = new Worker(`/${path}`, { type: 'module' });
  }, workerPath);
  const worker = await started;
  return worker.evaluate(async (url) => {
    try {
      return await (await fetch(url)).text();
    } catch {
      return 'blocked';
    }
  }, target);
}

describe('security on a static host that sends no headers', () => {
  let session: Session;
  let bare: Awaited<ReturnType<typeof startServer>>;
  let foreign: Awaited<ReturnType<typeof startForeignOrigin>>;
  let workerPath: string;
  beforeAll(async () => {
    const buildDir = inject('buildDir');
    workerPath = `assets/${(await readdir(join(buildDir, 'assets'))).find((name) => /^report\.worker-.*\.js$/.test(name))}`;
    bare = await startServer({ root: buildDir, securityHeaders: false });
    foreign = await startForeignOrigin();
    session = await openSession(bare.url);
  });
  afterAll(async () => {
    await session?.close();
    await bare?.close();
    await new Promise((done) => foreign?.server.close(done));
  });

  it('the service worker adds the headers, so the report worker cannot reach another origin once it controls the page', async () => {
    const { page } = session;
    const first = await page.goto(bare.url);
    expect(first!.headers()['content-security-policy']).toBeUndefined(); // the host really sends none
    // Before the service worker controls the page, nothing stops the worker: the probe itself can fail.
    expect(await reportWorkerFetches(page, workerPath, `${foreign.url}/before`)).toBe('reached');
    await waitForServiceWorker(page);

    const served = await page.reload();
    expect(served!.fromServiceWorker()).toBe(true);
    const headers = served!.headers();
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['content-security-policy']).toContain("connect-src 'self'");
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('no-referrer');
    await page.getByTestId('new-incident').waitFor();

    expect(await reportWorkerFetches(page, workerPath, `${foreign.url}/after`)).toBe('blocked');
    expect(foreign.hits).toEqual(['/before']);
  });
});
