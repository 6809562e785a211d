// Report benchmark (design budget: 1,000 incidents with 100 photos of 12 megapixels in under 20 s on 2 cores).
// Builds the app plus a bench-only page (tests/bench/report-bench.html) that imports the app's own db verbs and report
// client, so production code exposes nothing for this. Runs in Debian's Chromium against scripts/serve.mjs.
import { readdir, readFile } from 'node:fs/promises';
import { openBenchApp, runBench } from './benchApp.mjs';

const incidents = 1000;
const photos = 100;
const budgetSeconds = 20;

const bench = await openBenchApp({ name: 'report', benchPage: 'tests/bench/report-bench.html', args: ['--enable-precise-memory-info'] });
const { context, server } = bench;

/** Resident memory of this Chromium's renderer processes (the page and its worker live there), from /proc. */
async function rendererMemoryBytes() {
  let total = 0;
  for (const pid of await readdir('/proc').catch(() => [])) {
    if (!/^\d+$/.test(pid)) continue;
    const cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
    if (!cmdline.includes('--type=renderer') || !cmdline.includes(bench.profile)) continue;
    const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
    total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
  }
  return total;
}

const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
await runBench(bench, async () => {
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(600_000);
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.goto(`${server.url}/tests/bench/report-bench.html`);
  await page.waitForFunction(() => 'reportBench' in globalThis);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');

  console.log(`seeding ${incidents} incidents and ${photos} photos of 4000x3000 through the app's db verbs...`);
  const seeded = await page.evaluate(([count, pictures]) => globalThis.reportBench.seed(count, pictures), [incidents, photos]);
  console.log(`  seeded in ${seeded.seconds.toFixed(1)} s (${mb(seeded.photoBytes)} of photos stored)`);

  let peakRenderer = 0;
  let peakHeap = 0;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      peakRenderer = Math.max(peakRenderer, await rendererMemoryBytes());
      const { metrics } = await cdp.send('Performance.getMetrics');
      peakHeap = Math.max(peakHeap, metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? 0);
      await new Promise((done) => setTimeout(done, 100));
    }
  })();
  const baseline = await rendererMemoryBytes();
  const exported = await page.evaluate(() => globalThis.reportBench.timeExport());
  sampling = false;
  await sampler;

  const downscale = await page.evaluate(() => globalThis.reportBench.timeDownscale());
  const ratio = exported.seconds / downscale.pairedSeconds;

  console.log('\nReport export, end to end (exportReport: gather, worker, fonts, photos, layout, PDF):');
  console.log(`  time:                      ${exported.seconds.toFixed(2)} s  (budget ${budgetSeconds} s) ${exported.seconds < budgetSeconds ? 'OK' : 'OVER BUDGET'}`);
  console.log(`  PDF:                       ${mb(exported.pdfBytes)}, ${exported.annexes} annexes, stages ${exported.stages.join(' > ')}`);
  console.log(`  page responsiveness:       longest main-thread stall ${exported.longestStallMs} ms`);
  console.log(`  peak memory, renderer RSS: ${mb(peakRenderer)} (before export ${mb(baseline)}; page + worker + image decoders)`);
  console.log(`  peak page JS heap (CDP):   ${mb(peakHeap)}`);
  console.log('\nDecoding and downscaling the same photos alone (header size > createImageBitmap at reduced size > OffscreenCanvas > JPEG 0.8):');
  console.log(`  one at a time:             ${downscale.sequentialSeconds.toFixed(2)} s for ${downscale.photos} photos (${((downscale.sequentialSeconds / downscale.photos) * 1000).toFixed(0)} ms each)`);
  console.log(`  two at a time (as export): ${downscale.pairedSeconds.toFixed(2)} s`);
  console.log(`  ratio export / photos:     ${ratio.toFixed(2)} (the report's own overhead beyond the photos: ${(exported.seconds - downscale.pairedSeconds).toFixed(2)} s)`);
  return exported.seconds >= budgetSeconds;
});
