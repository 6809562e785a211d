// A large picked file in an unsaved draft: how long storing it takes, and reading it back in a new page (the draft a
// tab left behind, offered again). Figures only, no budget: a phone video of 100 MiB by default (DRAFT_BENCH_MIB).
// Drives the app's draft verbs on a bench-only page (tests/bench/drafts-bench.html) in a store opened as the app does.
import { openBenchApp, runBench } from './benchApp.mjs';

const mib = Number(process.env.DRAFT_BENCH_MIB ?? 100);
const bench = await openBenchApp({ name: 'drafts', benchPage: 'tests/bench/drafts-bench.html' });
const { page, server } = bench;

const ready = async () => {
  await page.goto(`${server.url}/tests/bench/drafts-bench.html`);
  await page.waitForFunction(() => 'draftsBench' in globalThis);
};

await runBench(bench, async () => {
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await ready();
  const saveMs = await page.evaluate((size) => globalThis.draftsBench.save(size), mib);
  await ready(); // a new page: nothing of the save is left in memory
  const restored = await page.evaluate(() => globalThis.draftsBench.restore());
  const expectedWord = Math.imul(262144 + 1, 2654435761) ^ (262144 >>> 7);
  if (restored.size !== mib * 1024 * 1024 || restored.wordAtMiB !== expectedWord >>> 0) throw new Error(`The draft's file came back wrong: ${JSON.stringify(restored)}`);
  const discardMs = await page.evaluate(() => globalThis.draftsBench.discard());
  const alone = await page.evaluate((size) => globalThis.draftsBench.fileBytesAlone(size), mib);
  const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
  console.log(`Draft with a ${mib} MiB file: saved in ${seconds(saveMs)}, read back in a new page in ${seconds(restored.ms)}, discarded in ${seconds(discardMs)}`);
  console.log(`  the same bytes as an attachment's file alone: stored in ${seconds(alone.storeMs)}, read back in ${seconds(alone.readMs)}`);
});
