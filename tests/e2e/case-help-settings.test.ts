import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectNoProblems, openSession, pictureFromPage, screenshot, type Session } from './browser';



describe('case, help and settings on a phone', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession(inject('baseUrl'));
  });
  afterAll(async () => {
    await session?.close();
  });

  it('keeps the case details and the person of concern, with a photo, after a reload', async () => {
    const { page } = session;
    await page.goto(`${inject('baseUrl')}#/case`);
    await page.getByLabel('Dit navn, som det skal stå i rapporten').fill('Anna Jensen');
    await page.getByLabel('Dato hvor du klart sagde nej').fill('2025-11-03');
    await page.getByLabel('Hvordan du sagde det (kort note)').fill('SMS: Jeg ønsker ingen kontakt med dig.');
    await page.getByRole('button', { name: 'Tilføj tilhold' }).click();
    const order = page.getByRole('group', { name: 'Tilhold 1' });
    await order.getByLabel('Udstedt den').fill('2025-12-01');
    await order.getByLabel('Udløber den').fill('2030-12-01');
    await order.getByLabel('Journalnummer').fill('0100-12345-00001-25');
    await order.getByLabel('Note').fill('Gælder også arbejdspladsen.');
    await page.getByRole('button', { name: 'Gem sagens oplysninger' }).click();
    await expect.poll(() => page.locator('.case-details [role=status]').textContent()).toContain('Gemt');

    await page.getByRole('button', { name: 'Tilføj en person' }).click();
    const person = page.locator('section.person');
    await person.getByLabel('Navn', { exact: true }).fill('Mikkel Holm');
    await person.getByLabel('Forhold til dig').fill('Tidligere partner');
    await person.getByLabel('Telefonnummer 1').fill('+45 12 34 56 78');
    await person.getByRole('button', { name: 'Tilføj telefonnummer' }).click();
    await person.getByLabel('Telefonnummer 2').fill('87 65 43 21');
    await person.getByLabel('E-mailadresse 1').fill('mikkel@example.org');
    await person.getByLabel('Profilnavn 1').fill('@mikkel_h på Instagram');
    await person.getByLabel('Køretøj').fill('Sort VW Golf, AB 12 345');
    await person.getByLabel('Beskrivelse', { exact: true }).fill('Ca. 185 cm, kort mørkt hår.');
    await person.getByLabel('Vælg foto').setInputFiles({ name: 'mikkel.png', mimeType: 'image/png', buffer: await pictureFromPage(page, { width: 120, height: 120, type: 'image/png' }) });
    await person.getByRole('button', { name: 'Gem person' }).click();
    await expect.poll(() => person.getByRole('status').textContent()).toContain('Gemt');

    await page.reload();
    await expect.poll(() => page.getByLabel('Dit navn, som det skal stå i rapporten').inputValue()).toBe('Anna Jensen');
    expect(await page.getByLabel('Dato hvor du klart sagde nej').inputValue()).toBe('2025-11-03');
    expect(await page.getByRole('group', { name: 'Tilhold 1' }).getByLabel('Journalnummer').inputValue()).toBe('0100-12345-00001-25');
    const reopened = page.locator('section.person');
    expect(await reopened.getByRole('heading').textContent()).toBe('Mikkel Holm');
    expect(await reopened.getByLabel('Telefonnummer 1').inputValue()).toBe('+45 12 34 56 78');
    expect(await reopened.getByLabel('Telefonnummer 2').inputValue()).toBe('87 65 43 21');
    expect(await reopened.getByLabel('Profilnavn 1').inputValue()).toBe('@mikkel_h på Instagram');
    const photo = reopened.getByRole('img', { name: 'Foto af Mikkel Holm' });
    await expect.poll(() => photo.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth)).toBe(120);
    await screenshot(page, 'case');
    await expectNoProblems(session);
  });

  it('offers large tap-to-call links for 112, 114 and Dansk Stalking Center', async () => {
    const { page } = session;
    await page.goto(`${inject('baseUrl')}#/help`);
    for (const href of ['tel:112', 'tel:114', 'tel:+4525177374']) {
      const link = page.locator(`a[href="${href}"]`);
      await expect.poll(() => link.count()).toBe(1);
      expect((await link.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    }
    expect(await page.locator('a[href="tel:+4525177374"]').textContent()).toContain('25 17 73 74');
    await screenshot(page, 'help');
    await expectNoProblems(session);
  });

  it('shows the first-run card on the log until it is put away, and the same lines in Help, with advice on the phone itself', async () => {
    const { page } = session;
    await page.goto(`${inject('baseUrl')}#/`);
    const card = page.getByTestId('welcome-card');
    await card.waitFor();
    expect(await card.textContent()).toContain('Alt, hvad du skriver, bliver på denne telefon.');
    await card.getByRole('button', { name: 'Forstået' }).click();
    expect(await card.count()).toBe(0);
    await page.reload();
    await page.locator('main h1').waitFor();
    expect(await page.getByTestId('welcome-card').count()).toBe(0);
    await page.goto(`${inject('baseUrl')}#/help`);
    const where = page.getByRole('region', { name: 'Hvor din log er' });
    expect(await where.textContent()).toContain('Ingen andre kan se det, medmindre de har telefonen i hånden');
    const safety = page.getByRole('region', { name: 'Er din telefon sikker?' });
    for (const advice of ['Apple-id', 'Positionsdeling', 'fingeraftryk', 'VPN og enhedsadministration', 'AirTags']) expect(await safety.textContent()).toContain(advice);
    await screenshot(page, 'help-safety');
    await expectNoProblems(session);
  });

  it('switches to English in Settings and stays English after a reload', async () => {
    const { page } = session;
    await page.goto(`${inject('baseUrl')}#/settings`);
    await expect.poll(() => page.getByRole('radio', { name: 'Dansk' }).isChecked()).toBe(true);
    await screenshot(page, 'settings');
    await expectNoProblems(session);

    await page.getByRole('radio', { name: 'English' }).check();
    await expect.poll(() => page.getByRole('banner').getByRole('link', { name: 'Settings' }).count()).toBe(1);
    await page.reload();
    await expect.poll(() => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Help' }).count()).toBe(1);
    expect(await page.getByRole('radio', { name: 'English' }).isChecked()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Settings');
  });
});

describe('help in dark mode', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession(inject('baseUrl'), { colorScheme: 'dark' });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('is readable and free of accessibility violations', async () => {
    const { page } = session;
    await page.goto(`${inject('baseUrl')}#/help`);
    await expect.poll(() => page.locator('a[href="tel:112"]').count()).toBe(1);
    await screenshot(page, 'help-dark');
    await expectNoProblems(session);
  });
});
