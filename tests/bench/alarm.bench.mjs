// The alarm: how soon it starts once the hold begins (budget: at the end of the one-second hold, within 100 ms), and
// then how soon the recording runs, the text is handed to the messaging app (once the finger lets go) and the alarm is
// in the log. Then the same from the lock screen (alarm without passcode): the start there also opens the recipients'
// copy with the device key, and the entry is sealed to the inbox instead of written to the log.
// Drives the real alarm screen in Chromium with a fake microphone and a fake position, holding the button with the
// pointer; the times come from the app's own performance marks (spor-alarm-*). sms: and tel: links are caught in the page.
import { median, openBenchApp, p90, runBench } from './benchApp.mjs';

const runs = 10;
const holdMs = 1000;
const startBudgetMs = holdMs + 100;

const summary = (values) => `median ${median(values).toFixed(0)} ms, p90 ${p90(values).toFixed(0)} ms, min ${Math.min(...values).toFixed(0)}, max ${Math.max(...values).toFixed(0)} (${values.length} runs)`;

const bench = await openBenchApp({
  name: 'alarm',
  contextOptions: {
    viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true,
    permissions: ['geolocation'], geolocation: { latitude: 55.6759412, longitude: 12.5655339, accuracy: 12 },
  },
  args: ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'],
});
const { context, server } = bench;

await context.addInitScript(() => {
  document.addEventListener('click', (event) => {
    if (event.target instanceof Element && event.target.closest('a[href^="sms:"], a[href^="tel:"]')) event.preventDefault();
  }, true);
});

/** One alarm from a fresh alarm screen: hold, wait for the log entry, end it (the recording stored); ms per step. */
async function oneAlarm(page) {
  await page.goto(`${server.url}/#/alarm`);
  await page.reload();
  // hover() scrolls the button into view (a reload restores the last scroll position) and puts the pointer on it.
  await page.locator('.hold-button').hover();
  await page.mouse.down();
  await page.waitForFunction(() => performance.getEntriesByName('spor-alarm-started').length > 0, undefined, { timeout: 5000 });
  await page.mouse.up();
  await page.waitForFunction(() => ['spor-alarm-recording', 'spor-alarm-text-opened', 'spor-alarm-logged']
    .every((name) => performance.getEntriesByName(name).length > 0), undefined, { timeout: 30_000 });
  const marks = await page.evaluate(() => Object.fromEntries(performance.getEntriesByType('mark')
    .filter((mark) => mark.name.startsWith('spor-alarm-')).map((mark) => [mark.name, mark.startTime])));
  await page.getByRole('button', { name: 'Afslut alarmen' }).click();
  await page.getByText('Optagelsen er gemt ved hændelsen i loggen.').waitFor();
  const held = marks['spor-alarm-hold-start'];
  const started = marks['spor-alarm-started'];
  return {
    start: started - held,
    recording: marks['spor-alarm-recording'] - started,
    ready: marks['spor-alarm-text-ready'] - started,
    // The text is handed over once the finger lets go (the release counts as the tap browsers want first).
    text: marks['spor-alarm-text-opened'] - Math.max(marks['spor-alarm-text-ready'], marks['spor-alarm-released']),
    logged: marks['spor-alarm-logged'] - started,
  };
}

/** One alarm from the lock screen: hold, wait for the text and the sealed entry, end it and go back; ms per step. */
async function oneLockedAlarm(page) {
  await page.reload();
  await page.locator('.hold-button').hover();
  await page.mouse.down();
  await page.waitForFunction(() => performance.getEntriesByName('spor-alarm-started').length > 0, undefined, { timeout: 5000 });
  await page.mouse.up();
  await page.waitForFunction(() => ['spor-alarm-text-opened', 'spor-alarm-logged']
    .every((name) => performance.getEntriesByName(name).length > 0), undefined, { timeout: 30_000 });
  const marks = await page.evaluate(() => Object.fromEntries(performance.getEntriesByType('mark')
    .filter((mark) => mark.name.startsWith('spor-alarm-')).map((mark) => [mark.name, mark.startTime])));
  await page.getByRole('button', { name: 'Afslut alarmen' }).click();
  await page.getByRole('button', { name: 'Tilbage til alarmen' }).click();
  return { start: marks['spor-alarm-started'] - marks['spor-alarm-hold-start'], sealed: marks['spor-alarm-logged'] - marks['spor-alarm-started'] };
}

await runBench(bench, async () => {
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.goto(`${server.url}/#/case`);
  await page.getByRole('button', { name: 'Tilføj nogen du stoler på' }).click();
  const person = page.getByRole('group', { name: 'Person du stoler på 1' });
  await person.getByLabel('Navn').fill('Søs Ærøe');
  await person.getByLabel('Mobilnummer').fill('20 30 40 50');
  await page.getByRole('button', { name: 'Gem sagens oplysninger' }).click();
  await page.locator('.case-details [role=status]').filter({ hasText: 'Gemt' }).waitFor();
  await oneAlarm(page); // warm-up: the alarm screen's code, the database, the microphone

  const results = [];
  for (let run = 0; run < runs; run += 1) results.push(await oneAlarm(page));
  const start = results.map((result) => result.start);
  console.log(`Alarm (real alarm, fake microphone and position, one trusted person; hold ${holdMs} ms by design)`);
  console.log(`  hold start -> alarm started:        ${summary(start)}`);
  console.log(`  alarm started -> recording running: ${summary(results.map((result) => result.recording))}`);
  console.log(`  alarm started -> text ready (position found): ${summary(results.map((result) => result.ready))}`);
  console.log(`  hold released -> text handed to the messaging app (or text ready, if later): ${summary(results.map((result) => result.text))}`);
  console.log(`  alarm started -> alarm in the log:  ${summary(results.map((result) => result.logged))}`);
  const worst = Math.max(...start);
  console.log(worst <= startBudgetMs
    ? `within budget: every alarm started within ${startBudgetMs - holdMs} ms of the end of the hold (worst ${worst.toFixed(0)} ms after the hold began)`
    : `OVER budget: an alarm started ${worst.toFixed(0)} ms after the hold began (budget ${startBudgetMs} ms)`);

  // The lock on, and the alarm without passcode chosen.
  await page.goto(`${server.url}/#/settings`);
  await page.getByLabel('Ny kode (6 tegn eller flere: tal eller ord)').fill('246810');
  await page.getByLabel('Den samme kode igen').fill('246810');
  await page.getByRole('button', { name: 'Slå låsen til' }).click();
  await page.getByRole('button', { name: 'Jeg har skrevet den ned' }).click();
  await page.goto(`${server.url}/#/alarm`);
  await page.reload(); // the last alarm's summary gives way to the start screen
  await page.getByLabel('Kode', { exact: true }).fill('246810');
  await page.getByRole('button', { name: 'Lås op' }).click();
  await page.getByRole('checkbox', { name: 'Vis alarmknappen på låseskærmen og på den neutrale forside' }).check();
  await page.getByText('Slået til: alarmen virker fra låseskærmen.').waitFor();
  await oneLockedAlarm(page); // warm-up
  const locked = [];
  for (let run = 0; run < runs; run += 1) locked.push(await oneLockedAlarm(page));
  const lockedStart = locked.map((result) => result.start);
  console.log('Alarm from the lock screen (alarm without passcode; the log stays locked)');
  console.log(`  hold start -> alarm started:        ${summary(lockedStart)}`);
  console.log(`  alarm started -> entry sealed in the inbox: ${summary(locked.map((result) => result.sealed))}`);
  const worstLocked = Math.max(...lockedStart);
  console.log(worstLocked <= startBudgetMs
    ? `within budget: every alarm from the lock screen started within ${startBudgetMs - holdMs} ms of the end of the hold (worst ${worstLocked.toFixed(0)} ms)`
    : `OVER budget: an alarm from the lock screen started ${worstLocked.toFixed(0)} ms after the hold began (budget ${startBudgetMs} ms)`);
  return worst > startBudgetMs || worstLocked > startBudgetMs;
});
