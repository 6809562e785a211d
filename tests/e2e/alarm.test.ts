import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoProblems, openSession, screenshot, turnLockOn, type Session } from './browser';
import { logThreat, rowCounts } from './storedData';

// Chromium's fake microphone (a beep every second), its permission granted without a prompt.
const fakeMicrophone = ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'];
const copenhagen = { latitude: 55.6759412, longitude: 12.5655339, accuracy: 12 };

/**
 * The page cannot leave for sms: or tel: in a test browser, and page.route never sees them: every tap on (or click of)
 * such a link is written down in the page and stopped there.
 */
async function catchPhoneLinks(session: Session): Promise<void> {
  await session.context.addInitScript(() => {
    const opened: string[] = [];
    (window as unknown as { __opened: string[] }).__opened = opened;
    document.addEventListener('click', (event) => {
      const link = (event.target as Element | null)?.closest?.('a[href^="sms:"], a[href^="tel:"]');
      if (!link) return;
      opened.push(link.getAttribute('href')!);
      event.preventDefault();
    }, true);
  });
}

const openedLinks = (page: Page) => page.evaluate(() => (window as unknown as { __opened: string[] }).__opened);

/** The text of an Android-form sms: link, and its recipients. */
function readSmsLink(href: string): { numbers: string[]; body: string } {
  const match = /^sms:([^?]*)\?body=(.*)$/.exec(href);
  if (!match) throw new Error(`Not an sms: link in RFC 5724 form: ${href}`);
  return { numbers: match[1] ? match[1].split(',') : [], body: decodeURIComponent(match[2]!) };
}

async function smsOpened(page: Page): Promise<{ numbers: string[]; body: string }> {
  await expect.poll(async () => (await openedLinks(page)).filter((href) => href.startsWith('sms:')).length, { timeout: 20_000 }).toBeGreaterThan(0);
  return readSmsLink((await openedLinks(page)).find((href) => href.startsWith('sms:'))!);
}

/** The Danish alarm text, opened to both chosen numbers, with the time, the position and the map link; returns it. */
async function expectAlarmText(page: Page): Promise<{ numbers: string[]; body: string }> {
  const sms = await smsOpened(page);
  expect(sms.numbers).toEqual(['+4520304050', '+46701234567']);
  expect(sms.body).toMatch(/^Jeg har brug for hjælp nu\.\nTidspunkt: \S+dag \d+\. \S+ 20\d\d kl\. \d\d:\d\d\n/);
  expect(sms.body).toContain('Min position: 55.67594, 12.56553 (nøjagtig inden for ca. 12 m)');
  expect(sms.body).toContain('Kort: https://www.google.com/maps/search/?api=1&query=55.67594,12.56553');
  return sms;
}

/** Presses the hold button with the mouse (a finger in a phone) for `ms` and lets go. */
async function pressHoldButton(page: Page, ms: number): Promise<void> {
  const button = page.locator('.hold-button');
  const box = (await button.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.waitForTimeout(ms);
  await page.mouse.up();
}

/** Holds the button with Enter for more than a second (no pointer: a notice appearing above cannot move it away). */
async function holdWithKeyboard(page: Page): Promise<void> {
  await page.locator('.hold-button').focus();
  await page.keyboard.down('Enter');
  await page.waitForTimeout(1300);
  await page.keyboard.up('Enter');
}

async function addTrustedPeople(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}/#/case`);
  const people = [
    { name: 'Søs Ærøe', phone: '20 30 40 50', gets: true },
    { name: 'Bo Lindqvist', phone: '+46 70 123 45 67', gets: true },
    { name: 'Ida Holm', phone: '22 33 44 55', gets: false },
  ];
  for (const [index, person] of people.entries()) {
    await page.getByRole('button', { name: 'Tilføj nogen du stoler på' }).click();
    const group = page.getByRole('group', { name: `Person du stoler på ${index + 1}` });
    await group.getByLabel('Navn').fill(person.name);
    await group.getByLabel('Mobilnummer').fill(person.phone);
    if (!person.gets) await group.getByLabel('Får alarmteksten').uncheck();
  }
  await page.getByRole('button', { name: 'Gem sagens oplysninger' }).click();
  await page.locator('.case-details [role=status]').filter({ hasText: 'Gemt' }).waitFor();
}

/** A phone with a fake microphone, a position in Copenhagen and three trusted people (two get the text). */
async function alarmSession(baseUrl: string): Promise<Session> {
  const session = await openSession(baseUrl, { args: fakeMicrophone });
  await catchPhoneLinks(session);
  await session.context.grantPermissions(['geolocation'], { origin: baseUrl });
  await session.context.setGeolocation(copenhagen);
  await addTrustedPeople(session.page, baseUrl);
  return session;
}

describe('the alarm', () => {
  let session: Session;
  const baseUrl = inject('baseUrl');
  beforeAll(async () => {
    session = await alarmSession(baseUrl);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('does nothing on a short tap, a press that slides away, or a short press of Enter', async () => {
    const { page } = session;
    await page.goto(`${baseUrl}/#/`);
    await page.getByTestId('alarm-open').click();
    await pressHoldButton(page, 200);
    // A press that slides away (a phone moving in a pocket) lets go too, however long it lasts.
    const box = (await page.locator('.hold-button').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 80, box.y + box.height / 2, { steps: 4 });
    await page.waitForTimeout(1500);
    await page.mouse.up();
    await page.locator('.hold-button').focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press(' ');
    await page.waitForTimeout(1500); // longer than the hold: a started alarm would show by now
    expect(await page.getByRole('heading', { name: /^Alarm startet/ }).count()).toBe(0);
    expect(await openedLinks(page)).toEqual([]);
    expect(await page.locator('.hold-button').textContent()).toBe('Hold inde for at starte alarmen');
    await screenshot(page, 'alarm-start');
    await expectNoProblems(session);
  });

  it('held for a second: opens the text to every chosen person with time, position and map, records, logs with the recording', async () => {
    const { page } = session;
    await page.goto(`${baseUrl}/#/overview`);
    await page.getByTestId('alarm-open').click(); // one tap from any screen
    await pressHoldButton(page, 1300);
    const sms = await expectAlarmText(page);
    expect(sms.body).not.toContain('ØVELSE');

    await page.getByTestId('alarm-recording').waitFor();
    await expect.poll(() => page.getByTestId('alarm-recording').textContent(), { timeout: 15_000 }).toMatch(/0:0[3-9]/);
    await page.getByTestId('alarm-log-entry').waitFor();
    // The large 112 button and Dansk Stalking Center.
    await page.getByRole('link', { name: /Ring 112/ }).click();
    expect(await openedLinks(page)).toContain('tel:112');
    expect(await page.locator('a[href="tel:+4525177374"]').count()).toBe(1);
    // Each one separately too, in case a messaging app drops a recipient.
    expect(await page.locator('.alarm-each a').evaluateAll((links) => links.map((link) => link.getAttribute('href')!.split('?')[0]))).toEqual(['sms:+4520304050', 'sms:+46701234567']);
    await screenshot(page, 'alarm-running');
    await expectNoProblems(session);

    await page.getByRole('button', { name: 'Afslut alarmen' }).click();
    await page.getByText('Optagelsen er gemt ved hændelsen i loggen.').waitFor();
    await page.getByTestId('alarm-log-entry').click();
    await page.waitForURL(/#\/incident\/[^/]+$/);
    await page.getByRole('heading', { name: 'Alarm (tilkaldt hjælp)' }).waitFor();
    const detail = (await page.locator('main').textContent())!;
    expect(detail).toContain('Alarmteksten blev gjort klar til: Søs Ærøe (20 30 40 50), Bo Lindqvist (+46 70 123 45 67).');
    expect(detail).toContain('Min position: 55.67594, 12.56553');
    expect(detail).toContain('Position fra telefonen (nøjagtig inden for ca. 12 m)');
    expect(await page.locator('li.attachment').filter({ hasText: 'Optagelse' }).count()).toBe(1);
    await page.goto(`${baseUrl}/#/`);
    await page.locator('.incident-kind', { hasText: 'Alarm (tilkaldt hjælp)' }).waitFor();
  });

  it('in practice: the text says it is a test, every step runs (a real test recording too), and nothing is kept anywhere', async () => {
    const { page } = session;
    await page.goto(`${baseUrl}/#/`);
    await page.reload();
    await page.locator('.incident-kind').first().waitFor();
    const before = await rowCounts(page);
    await page.goto(`${baseUrl}/#/alarm/practice`);
    await holdWithKeyboard(page); // the keyboard this time
    const sms = await smsOpened(page);
    expect(sms.body.split('\n')[0]).toBe('ØVELSE - dette er kun en test, ikke en rigtig alarm.');
    expect(sms.numbers).toEqual(['+4520304050', '+46701234567']);
    await page.getByText('Øvelse: intet blev skrevet i loggen.').waitFor();
    // The microphone really records (the clock runs), so the person sees it works on their phone.
    await expect.poll(() => page.getByTestId('alarm-recording').textContent(), { timeout: 15_000 }).toMatch(/^Prøveoptagelse \(gemmes ikke\): 0:0[3-9]/);
    await screenshot(page, 'alarm-practice');
    await page.getByRole('button', { name: 'Afslut alarmen' }).click();
    await page.getByText('Alarmen er afsluttet.').waitFor();
    await page.getByText(/^Øvelse: \d+ s lyd blev optaget, så mikrofonen virker, og derefter smidt væk\. Intet blev gemt\.$/).waitFor();
    await page.waitForTimeout(1000);
    // Not a row more in any store of the log or the inbox: no incident, history entry, file, chunk or marker.
    expect(await rowCounts(page)).toEqual(before);
  });

  it('sounds and flashes when asked, and one tap anywhere stops it', async () => {
    const { page } = session;
    await page.goto(`${baseUrl}/#/`);
    await page.reload();
    await page.goto(`${baseUrl}/#/alarm/practice`);
    await pressHoldButton(page, 1300);
    await page.getByRole('button', { name: 'Høj alarmtone og blink' }).click();
    const flash = page.getByTestId('alarm-flash');
    await flash.waitFor();
    await screenshot(page, 'alarm-flash');
    await flash.click();
    expect(await flash.count()).toBe(0);
  });

  it('sounds at once when so chosen, and never in the silent alarm, a choice kept after a reload', async () => {
    const { page } = session;
    await page.goto(`${baseUrl}/#/alarm/practice`);
    await page.reload();
    await page.getByRole('radio', { name: /^Høj tone og blink, så snart alarmen starter/ }).check();
    await pressHoldButton(page, 1300);
    await page.getByTestId('alarm-flash').waitFor();
    await page.getByTestId('alarm-flash').click();

    await page.reload();
    expect(await page.getByRole('radio', { name: /^Høj tone og blink, så snart/ }).isChecked()).toBe(true);
    await page.getByRole('radio', { name: /^Lydløs alarm/ }).check();
    // Stored as soon as it is chosen: a reload (once the write is done) shows it chosen.
    await expect.poll(async () => {
      await page.reload();
      return page.getByRole('radio', { name: /^Lydløs alarm/ }).isChecked();
    }).toBe(true);
    await pressHoldButton(page, 1300);
    await page.getByText('Lydløs alarm: ingen lyd og intet blink.').waitFor();
    expect(await page.getByRole('button', { name: 'Høj alarmtone og blink' }).count()).toBe(0);
    expect(await page.getByTestId('alarm-flash').count()).toBe(0);
    await page.getByRole('button', { name: 'Afslut alarmen' }).click();
    await page.getByRole('button', { name: 'Tilbage til alarmen' }).click();
    await page.getByRole('radio', { name: /^En knap på alarmskærmen/ }).check();
  });
});

describe('the alarm without the position', () => {
  let session: Session;
  const baseUrl = inject('baseUrl');
  beforeAll(async () => {
    // The position is refused (no permission granted); the microphone is there.
    session = await openSession(baseUrl, { args: fakeMicrophone });
    await catchPhoneLinks(session);
    await addTrustedPeople(session.page, baseUrl);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('says in the text that the position was refused, and the text, the recording and the log entry still work', async () => {
    const { page } = session;
    await page.goto(`${baseUrl}/#/alarm`);
    await pressHoldButton(page, 1300);
    const sms = await smsOpened(page);
    expect(sms.numbers).toEqual(['+4520304050', '+46701234567']);
    expect(sms.body).toContain('Min position kunne ikke sendes: telefonen gav ikke adgang til den.');
    expect(sms.body).not.toContain('maps');
    await page.getByTestId('alarm-recording').waitFor();
    await page.getByTestId('alarm-log-entry').waitFor();
    await page.getByRole('button', { name: 'Afslut alarmen' }).click();
    await page.getByText('Optagelsen er gemt ved hændelsen i loggen.').waitFor();
    await page.getByTestId('alarm-log-entry').click();
    await page.getByText('Ingen position: telefonen gav ikke adgang til den', { exact: true }).waitFor();
    expect(await page.locator('li.attachment').filter({ hasText: 'Optagelse' }).count()).toBe(1);
    await expectNoProblems(session);
  });
});

const passcode = '246810';
const canary = 'KANARIE-7731';

async function unlock(page: Page): Promise<void> {
  await page.getByLabel('Kode', { exact: true }).fill(passcode);
  await page.getByRole('button', { name: 'Lås op' }).click();
  await page.getByLabel('Kode', { exact: true }).waitFor({ state: 'detached', timeout: 30_000 });
}

/** As when the phone switches to the messaging app: the page is hidden (and Spor locks itself), then shown again. */
async function leaveAndComeBack(page: Page): Promise<void> {
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    document.dispatchEvent(new Event('visibilitychange'));
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'visible' });
    document.dispatchEvent(new Event('visibilitychange'));
  });
}

/** Nothing of the log in the page: not in the text, the markup, the title or the address. */
async function expectNoLogContent(page: Page): Promise<void> {
  const shown = await page.evaluate(() => [document.title, location.href, document.documentElement.outerHTML].join('\n'));
  expect(shown).not.toContain(canary);
  expect(await page.getByTestId('alarm-log-entry').count()).toBe(0);
}

describe('the alarm with the lock on', () => {
  let session: Session;
  const baseUrl = inject('baseUrl');
  beforeAll(async () => {
    session = await alarmSession(baseUrl);
    await logThreat(session.page, baseUrl, { description: `Han stod ved opgangen. ${canary}` });
    await turnLockOn(session.page, baseUrl, passcode);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('offers the alarm without passcode only when chosen, and says what it costs', async () => {
    const { page } = session;
    await page.reload();
    await page.getByLabel('Kode', { exact: true }).waitFor();
    await page.waitForTimeout(500);
    expect(await page.locator('.hold-button').count()).toBe(0);
    await unlock(page);
    await page.goto(`${baseUrl}/#/alarm`);
    await page.getByText(/Alle, der har din telefon i hånden, kan starte alarmen og se numrene i beskedappen/).waitFor();
    await page.getByRole('checkbox', { name: 'Vis alarmknappen på låseskærmen og på den neutrale forside' }).check();
    await page.getByText('Slået til: alarmen virker fra låseskærmen.').waitFor();
    await expectNoProblems(session);
  });

  it('from the lock screen: the hold starts the alarm with every chosen number and the text, shows no log, and the alarm is in the log after unlocking', async () => {
    const { page } = session;
    await page.reload();
    await page.getByLabel('Kode', { exact: true }).waitFor();
    await page.locator('.hold-button').waitFor();
    await expectNoLogContent(page);
    await page.setViewportSize({ width: 360, height: 740 });
    await screenshot(page, 'alarm-lock-screen-da');
    await expectNoProblems(session);
    await pressHoldButton(page, 200); // a short tap does nothing here either
    await page.waitForTimeout(1200);
    expect(await openedLinks(page)).toEqual([]);

    await pressHoldButton(page, 1300);
    await expectAlarmText(page);
    await page.getByRole('heading', { name: /^Alarm startet/ }).waitFor();
    // Only first names were kept outside the passcode; 112 and Dansk Stalking Center are there.
    await page.getByRole('link', { name: 'Åbn teksten til Søs, Bo' }).waitFor();
    await page.getByRole('link', { name: /Ring 112/ }).click();
    expect(await openedLinks(page)).toContain('tel:112');
    expect(await page.locator('a[href="tel:+4525177374"]').count()).toBe(1);
    await page.getByText('Loggen er låst: alarmen gemmes krypteret og skrives i loggen, næste gang Spor låses op.').waitFor();
    await expectNoLogContent(page);
    await screenshot(page, 'alarm-running-locked');
    await page.getByRole('button', { name: 'Afslut alarmen' }).click();
    await page.getByText('Alarmen er afsluttet.').waitFor();
    await page.getByRole('button', { name: 'Tilbage til alarmen' }).click();
    await page.getByLabel('Kode', { exact: true }).waitFor();
    await expectNoLogContent(page);

    await unlock(page);
    await page.goto(`${baseUrl}/#/`);
    await page.locator('.incident-kind', { hasText: 'Alarm (tilkaldt hjælp)' }).click();
    await page.getByRole('heading', { name: 'Alarm (tilkaldt hjælp)' }).waitFor();
    const detail = (await page.locator('main').textContent())!;
    // The case file names them in full again once it can be read.
    expect(detail).toContain('Alarmteksten blev gjort klar til: Søs Ærøe (20 30 40 50), Bo Lindqvist (+46 70 123 45 67).');
    expect(detail).toContain('Min position: 55.67594, 12.56553');
    expect(detail).toContain('Position fra telefonen (nøjagtig inden for ca. 12 m)');
    await expect.poll(async () => (await rowCounts(page))['spor-inbox/shares']).toBe(0);
  });

  it('the recording started on the lock screen is attached to the alarm, with its position, after unlocking', async () => {
    const { page } = session;
    await page.reload();
    await page.locator('.hold-button').waitFor();
    await pressHoldButton(page, 1300);
    await smsOpened(page);
    await expect.poll(() => page.getByTestId('alarm-recording').textContent(), { timeout: 15_000 }).toMatch(/0:0[3-9]/);
    await page.getByRole('button', { name: 'Afslut alarmen' }).click();
    await page.getByText('Optagelsen gemmes krypteret og knyttes til alarmen i loggen, næste gang Spor låses op.').waitFor();
    await expectNoLogContent(page);
    await page.getByRole('button', { name: 'Tilbage til alarmen' }).click();
    await unlock(page);
    // The unlock moves the alarm and the recording's pieces out of the inbox into the log.
    await expect.poll(async () => {
      const counts = await rowCounts(page);
      return (counts['spor-inbox/shares'] ?? 0) + (counts['spor-inbox/recordings'] ?? 0);
    }, { timeout: 30_000 }).toBe(0);
    await page.goto(`${baseUrl}/#/`);
    await page.locator('.incident-kind', { hasText: 'Alarm (tilkaldt hjælp)' }).first().click();
    await page.getByRole('heading', { name: 'Alarm (tilkaldt hjælp)' }).waitFor();
    expect(await page.locator('main').textContent()).toContain('Min position: 55.67594, 12.56553');
    await expect.poll(() => page.locator('li.attachment').filter({ hasText: 'Optagelse' }).count(), { timeout: 15_000 }).toBe(1);
  });

  it('leaving for the messaging app locks the log, not the alarm: it comes back running, recording, and is saved', async () => {
    const { page } = session;
    await page.reload();
    await unlock(page);
    await page.goto(`${baseUrl}/#/alarm`);
    await holdWithKeyboard(page);
    await smsOpened(page);
    await page.getByTestId('alarm-recording').waitFor();
    await leaveAndComeBack(page);
    // The running alarm, not the lock screen and not the log.
    await page.getByRole('heading', { name: /^Alarm startet/ }).waitFor();
    expect(await page.getByLabel('Kode', { exact: true }).count()).toBe(0);
    await expectNoLogContent(page);
    const before = (await page.getByTestId('alarm-recording').textContent())!;
    await expect.poll(() => page.getByTestId('alarm-recording').textContent(), { timeout: 10_000 }).not.toBe(before);
    // Unlocking shows the log again while the alarm and its recording go on.
    await page.getByRole('button', { name: 'Lås Spor op (alarmen fortsætter)' }).click();
    await page.getByRole('button', { name: 'Tilbage til den kørende alarm' }).waitFor();
    await unlock(page);
    await page.waitForURL(/#\/alarm$/);
    await page.getByTestId('alarm-recording').waitFor();
    await page.getByRole('button', { name: 'Afslut alarmen' }).click();
    await page.getByText('Optagelsen er gemt ved hændelsen i loggen.').waitFor();
    await page.getByTestId('alarm-log-entry').click();
    await page.getByRole('heading', { name: 'Alarm (tilkaldt hjælp)' }).waitFor();
    expect(await page.locator('li.attachment').filter({ hasText: 'Optagelse' }).count()).toBe(1);
  });

  it('in English, on the lock screen and the neutral cover', async () => {
    const { page } = session;
    await page.evaluate(() => localStorage.setItem('spor.language', 'en'));
    await page.setViewportSize({ width: 360, height: 740 });
    await page.reload();
    await page.getByLabel('Passcode', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Hold to start the alarm' }).waitFor();
    await screenshot(page, 'alarm-lock-screen-en');
    await expectNoProblems(session);
    await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true })));
    await page.getByTestId('cover').waitFor();
    await page.getByRole('button', { name: 'Hold to start the alarm' }).waitFor();
    await expectNoLogContent(page);
    await screenshot(page, 'alarm-cover-en');
    await pressHoldButton(page, 1300);
    const sms = await smsOpened(page);
    expect(sms.numbers).toEqual(['+4520304050', '+46701234567']);
    expect(sms.body).toMatch(/^I need help now\./);
    await page.getByRole('button', { name: 'End the alarm' }).click();
    await page.evaluate(() => localStorage.setItem('spor.language', 'da'));
  });

  it('turned off, the kept copy is deleted and the lock screen offers no alarm', async () => {
    const { page } = session;
    await page.reload();
    await unlock(page);
    await page.goto(`${baseUrl}/#/alarm`);
    await page.getByRole('checkbox', { name: 'Vis alarmknappen på låseskærmen og på den neutrale forside' }).uncheck();
    await page.getByText('Slået fra: intet gemmes uden for koden.').waitFor();
    expect(await page.evaluate(() => new Promise<unknown>((done) => {
      const request = indexedDB.open('spor-sealed');
      request.onsuccess = () => {
        const get = request.result.transaction('settings').objectStore('settings').get('alarmAccess');
        get.onsuccess = () => {
          request.result.close();
          done(get.result ?? null);
        };
      };
    }))).toBeNull();
    await page.reload();
    await page.getByLabel('Kode', { exact: true }).waitFor();
    await page.waitForTimeout(500);
    expect(await page.locator('.hold-button').count()).toBe(0);
  });
});
