// Budget: a new incident is durably stored within 50 ms of tapping save (median, Chromium).
// Drives the real editor (#/new, choose a kind, tap Save) and times, in the page, from the tap's event to the editor's
// move to #/incident/<id>, which it makes only after addIncident resolved (strict durability). For comparison it times
// the addIncident verb alone and a bare strict IndexedDB commit on a bench-only page (tests/bench/quicklog-bench.html).
import { median, openBenchApp, p90, runBench } from './benchApp.mjs';

const runs = 30;
const budgetMs = 50;

const summary = (values) => `median ${median(values).toFixed(1)} ms, p90 ${p90(values).toFixed(1)} ms, min ${Math.min(...values).toFixed(1)}, max ${Math.max(...values).toFixed(1)} (${values.length} runs)`;

const bench = await openBenchApp({
  name: 'quicklog',
  benchPage: 'tests/bench/quicklog-bench.html',
  contextOptions: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
});
const { context, server } = bench;

// Bench instrumentation only: the tap's own timestamp, and the moment the editor replaces its URL with the saved incident's.
await context.addInitScript(() => {
  document.addEventListener('click', (event) => {
    if (!(event.target instanceof Element && event.target.closest('form.incident-editor button[type="submit"]'))) return;
    window.__tappedAt = event.timeStamp; // when the input reached the browser
    window.__handledAt = performance.now(); // when the page began handling the click
  }, true);
  const replaceState = history.replaceState.bind(history);
  history.replaceState = (state, unused, url) => {
    if (url !== undefined && url !== null && /#\/incident\/[^/]+$/.test(String(url))) window.__savedAt = performance.now();
    return replaceState(state, unused, url);
  };
});

/** One quick log through the real editor: open it, choose "call", optionally wait, tap Save; ms from tap to stored. */
async function quickLog(page, pauseMs) {
  await page.evaluate(() => {
    window.__tappedAt = undefined;
    window.__savedAt = undefined;
    location.hash = '#/new';
  });
  const call = page.locator('input[name="kind"][value="call"]');
  await call.check();
  if (pauseMs) await page.waitForTimeout(pauseMs);
  await page.locator('form.incident-editor button[type="submit"]').click();
  await page.waitForFunction(() => window.__savedAt !== undefined);
  await page.waitForURL(/#\/incident\/[^/]+$/);
  return page.evaluate(() => ({ fromTap: window.__savedAt - window.__tappedAt, fromHandler: window.__savedAt - window.__handledAt }));
}

await runBench(bench, async () => {
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.goto(`${server.url}/#/`);
  await page.locator('h1, .timeline-empty').first().waitFor();
  await quickLog(page, 0); // warm-up: loads the editor's code and opens the database

  const quick = [];
  for (let run = 0; run < runs; run += 1) quick.push(await quickLog(page, 0));
  // Past the editor's 500 ms autosave pause, the draft is already written, so Save has less to do first.
  const slow = [];
  for (let run = 0; run < runs; run += 1) slow.push(await quickLog(page, 700));
  const tapped = quick.map((run) => run.fromTap);

  await page.goto(`${server.url}/tests/bench/quicklog-bench.html`);
  await page.waitForFunction(() => 'quicklogBench' in globalThis);
  await page.evaluate(() => globalThis.quicklogBench.addIncidentTimes(3)); // warm-up
  const verb = await page.evaluate((count) => globalThis.quicklogBench.addIncidentTimes(count), runs);
  const bare = await page.evaluate((count) => globalThis.quicklogBench.bareCommitTimes(count), runs);

  const uiMedian = median(tapped);
  console.log('Quick log: tap Save to incident stored (real editor, choose "call", Save; ends when the editor moves to the saved incident)');
  console.log(`  tap right after choosing the kind:  ${summary(tapped)}`);
  console.log(`    of which after the click handler: ${summary(quick.map((run) => run.fromHandler))}`);
  console.log(`  tap after the autosave pause:       ${summary(slow.map((run) => run.fromTap))}`);
  console.log(`    of which after the click handler: ${summary(slow.map((run) => run.fromHandler))}`);
  console.log(`  addIncident verb alone:             ${summary(verb)}`);
  console.log(`  bare strict IndexedDB commit:       ${summary(bare)}`);
  console.log(`  editor overhead over the verb (median): ${(uiMedian - median(verb)).toFixed(1)} ms (draft flush before, draft discard after, rendering)`);
  console.log(uiMedian <= budgetMs
    ? `within the ${budgetMs} ms budget (median ${uiMedian.toFixed(1)} ms)`
    : `OVER the ${budgetMs} ms budget (median ${uiMedian.toFixed(1)} ms): a finding, not a crash`);
});
