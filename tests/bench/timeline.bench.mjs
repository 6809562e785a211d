// Budget: with 10,000 incidents the timeline's first screen renders in under 300 ms (Chromium, phone viewport).
// Builds the app, seeds IndexedDB directly in the page, then times (a) switching to the log and (b) a cold reload.
import { median, openBenchApp } from './benchApp.mjs';

const count = 10_000;
const budgetMs = 300;
const runs = 5;

const bench = await openBenchApp({ name: 'timeline', contextOptions: { viewport: { width: 390, height: 844 } } });
const { context, server } = bench;
try {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(server.url);
  await page.locator('.timeline-empty').waitFor();
  await page.evaluate(async (total) => {
    const database = await new Promise((resolve, reject) => {
      const request = indexedDB.open('spor');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const kinds = ['call', 'message', 'email', 'following', 'watching', 'threat'];
    const start = Date.UTC(2020, 0, 1);
    await new Promise((resolve, reject) => {
      const transaction = database.transaction('incidents', 'readwrite');
      const store = transaction.objectStore('incidents');
      for (let index = 0; index < total; index += 1) {
        const at = start + index * 4 * 3_600_000;
        store.put({
          id: crypto.randomUUID(), kind: kinds[index % kinds.length], occurredAt: at, timeZone: 'Europe/Copenhagen', approximate: index % 7 === 0,
          place: { text: `Nørrebrogade ${index % 90}` }, description: `Incident number ${index}: he waited outside again and said "I will always find you".`,
          peopleInvolved: '', effect: '', witnesses: [], police: { journalNumber: '', officer: '', phone: '' }, keyExample: index % 500 === 0,
          privateFields: [], attachmentIds: [], createdAt: at, updatedAt: at, trashed: 0,
        });
      }
      transaction.oncomplete = resolve;
      transaction.onerror = () => reject(transaction.error);
    });
    database.close();
  }, count);

  const switches = [];
  for (let run = 0; run < runs; run += 1) {
    await page.goto(`${server.url}#/help`);
    await page.locator('h1').waitFor();
    switches.push(await page.evaluate(() => new Promise((resolve) => {
      const started = performance.now();
      location.hash = '#/';
      const check = () => (document.querySelectorAll('a.incident-row').length >= 100
        ? requestAnimationFrame(() => resolve(performance.now() - started))
        : requestAnimationFrame(check));
      check();
    })));
  }
  // From the start of the navigation (includes loading the app's code) to 100 rows in the page.
  await context.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.querySelectorAll('a.incident-row').length < 100) return;
      window.__rowsAt = performance.now();
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(`${server.url}#/`);
  const reloads = [];
  for (let run = 0; run < runs; run += 1) {
    await page.reload();
    await page.waitForFunction(() => window.__rowsAt !== undefined);
    reloads.push(await page.evaluate(() => window.__rowsAt));
  }
  const switchMs = median(switches);
  console.log(`timeline with ${count} incidents: open the log ${switchMs.toFixed(0)} ms (median of ${runs}; runs ${switches.map((ms) => ms.toFixed(0)).join(', ')})`);
  console.log(`timeline with ${count} incidents: cold page load to 100 rows ${median(reloads).toFixed(0)} ms (median of ${runs}; runs ${reloads.map((ms) => ms.toFixed(0)).join(', ')})`);
  console.log(switchMs < budgetMs ? `within the ${budgetMs} ms budget` : `OVER the ${budgetMs} ms budget`);
  process.exitCode = switchMs < budgetMs ? 0 : 1;
} finally {
  await bench.close();
}
