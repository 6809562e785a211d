// What every browser benchmark needs: the app built (optionally with a bench-only page beside it), served by
// scripts/serve.mjs on 127.0.0.1, and a fresh Chromium profile. close() removes all of it.
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startServer } from '../../scripts/serve.mjs';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';

/**
 * @param {{ name: string, benchPage?: string, contextOptions?: object, args?: string[] }} options
 *   benchPage: an extra HTML entry (e.g. tests/bench/report-bench.html) built with the app, served at its own path.
 */
export async function openBenchApp({ name, benchPage, contextOptions = {}, args = [] }) {
  const buildDir = await mkdtemp(join(tmpdir(), `spor-bench-${name}-build-`));
  const profile = await mkdtemp(join(tmpdir(), `spor-bench-${name}-profile-`));
  const input = benchPage ? { index: resolve('index.html'), bench: resolve(benchPage) } : undefined;
  await build({ logLevel: 'warn', build: { outDir: buildDir, emptyOutDir: true, ...(input ? { rollupOptions: { input } } : {}) } });
  const server = await startServer({ root: buildDir });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    timezoneId: 'Europe/Copenhagen',
    locale: 'da-DK',
    ...contextOptions,
    args: [...chromiumArgs, ...args],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    server,
    context,
    page,
    profile,
    async close() {
      await context.close();
      await server.close();
      await rm(buildDir, { recursive: true, force: true });
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Runs a benchmark's measurements, then closes the app and exits: 1 when `measure` throws or returns true (a budget
 * missed), else 0.
 * @param {{ close(): Promise<void> }} bench
 * @param {() => Promise<boolean | void>} measure
 */
export async function runBench(bench, measure) {
  let failed = false;
  try {
    failed = (await measure()) === true;
  } catch (error) {
    console.error(error);
    failed = true;
  } finally {
    await bench.close();
  }
  process.exit(failed ? 1 : 0);
}

const sorted = (values) => [...values].sort((a, b) => a - b);

export function median(values) {
  const order = sorted(values);
  const middle = Math.floor(order.length / 2);
  return order.length % 2 ? order[middle] : (order[middle - 1] + order[middle]) / 2;
}

export const p90 = (values) => sorted(values)[Math.ceil(values.length * 0.9) - 1];
