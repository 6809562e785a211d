// Verification benchmark: the full check (chain, replay and compare, every file re-hashed, heads) of 10,000 incidents
// and 1 GB of files, the start-up check (files by presence and size), and what the check adds to an export
// (gatherReportData runs it). Figures only: no budget was set for these.
import { openBenchApp, runBench } from './benchApp.mjs';

const incidents = 10_000;
const files = 100;
const fileBytes = 10 * 1024 * 1024;

const bench = await openBenchApp({ name: 'verify', benchPage: 'tests/bench/verify-bench.html' });
await runBench(bench, async () => {
  const page = bench.context.pages()[0] ?? (await bench.context.newPage());
  page.setDefaultTimeout(1_800_000);
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.goto(`${bench.server.url}/tests/bench/verify-bench.html`);
  await page.waitForFunction(() => 'verifyBench' in globalThis);
  console.log(`seeding ${incidents} incidents and ${files} files of ${fileBytes / 1024 / 1024} MiB through the app's db verbs...`);
  const seeded = await page.evaluate(([a, b, c]) => globalThis.verifyBench.seed(a, b, c), [incidents, files, fileBytes]);
  console.log(`  seeded in ${seeded.seconds.toFixed(1)} s`);

  const full = await page.evaluate(() => globalThis.verifyBench.timeVerify('hashed'));
  const quick = await page.evaluate(() => globalThis.verifyBench.timeVerify('present'));
  const gather = await page.evaluate(() => globalThis.verifyBench.timeGather());
  const gib = full.bytes / 1024 ** 3;
  console.log(`\nFull verification (Settings, export): ${full.seconds.toFixed(2)} s for ${full.entries} history entries and ${full.fileCount} files (${gib.toFixed(2)} GiB); clean: ${full.ok}`);
  console.log(`  chain + replay + compare + heads: ${(full.seconds - full.filesSeconds).toFixed(2)} s`);
  console.log(`  re-hashing the files:             ${full.filesSeconds.toFixed(2)} s (${(full.bytes / 1024 / 1024 / full.filesSeconds).toFixed(0)} MiB/s)`);
  console.log(`Start-up check (files by presence and size): ${quick.seconds.toFixed(2)} s; clean: ${quick.ok}`);
  console.log(`Export: gathering the report data (verification included) took ${gather.seconds.toFixed(2)} s for ${gather.incidents} incidents; the verification alone took ${full.seconds.toFixed(2)} s, so it is what an export of this log adds before the PDF is laid out`);
  return !full.ok || !quick.ok || !gather.ok;
});
