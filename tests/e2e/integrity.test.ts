import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { accessibilityViolations, openSession, pictureFromPage, screenshot, type Session } from './browser';
import { rewriteRows } from './keyHolder';

// Someone edits the phone's database behind Spor's back: each change is found and named in Settings, on the detail
// screen and in the report; a clean log checks clean; a seal pasted back is checked; delete for good keeps it clean.

const run = promisify(execFile);

async function logIncident(page: Page, at: string, text: string, photo?: Buffer): Promise<string> {
  await page.goto(`${inject('baseUrl')}/#/new`);
  await page.getByLabel('Opkald', { exact: true }).check();
  await page.getByRole('textbox', { name: 'Dato og klokkeslæt' }).fill(at);
  if (photo) await page.getByTestId('file-input').setInputFiles({ name: 'IMG_1.jpg', mimeType: 'image/jpeg', buffer: photo });
  await page.getByRole('textbox', { name: 'Hvad skete der' }).fill(text);
  await page.getByRole('button', { name: 'Gem', exact: true }).click();
  await page.waitForURL(/#\/incident\/[^/]+$/);
  return page.url().split('/').pop()!;
}

/**
 * What someone with the phone in hand but without the key could do to the app's IndexedDB, where every row is sealed:
 * put incident a's sealed bytes in place of incident c's (to make c say what a says), delete incident b's row,
 * overwrite every stored file chunk with other bytes of the same size, and delete the last history entry.
 */
async function tamper(page: Page, ids: Record<string, string>): Promise<void> {
  await page.evaluate(async ({ a, b, c }) => {
    const database = await new Promise<IDBDatabase>((done, fail) => {
      const request = indexedDB.open('spor-sealed');
      request.onsuccess = () => done(request.result);
      request.onerror = () => fail(request.error);
    });
    const transaction = database.transaction(['incidents', 'fileChunks', 'revisions'], 'readwrite');
    const incidents = transaction.objectStore('incidents');
    const rowA = incidents.get(a!);
    rowA.onsuccess = () => {
      const rowC = incidents.get(c!);
      rowC.onsuccess = () => incidents.put({ ...rowC.result, sealed: rowA.result.sealed });
    };
    incidents.delete(b!);
    const chunks = transaction.objectStore('fileChunks').openCursor();
    chunks.onsuccess = () => {
      const at = chunks.result;
      if (!at) return;
      at.update({ ...at.value, bytes: new Uint8Array(at.value.bytes.byteLength).fill(7).buffer });
      at.continue();
    };
    const last = transaction.objectStore('revisions').openCursor(null, 'prev');
    last.onsuccess = () => void last.result?.delete();
    await new Promise((done, fail) => { transaction.oncomplete = done; transaction.onerror = () => fail(transaction.error); });
    database.close();
  }, ids);
}

async function checkInSettings(page: Page): Promise<string> {
  await page.goto(`${inject('baseUrl')}/#/settings`);
  await page.getByRole('button', { name: 'Kontrollér nu' }).click();
  const result = page.getByTestId('integrity-result');
  await result.waitFor({ timeout: 30_000 });
  return (await result.textContent()) ?? '';
}

describe('the log checked against its history', () => {
  let session: Session;
  let downloads: string;
  const ids: Record<string, string> = {};
  let seal = '';
  beforeAll(async () => {
    session = await openSession(inject('baseUrl'));
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: inject('baseUrl') });
    downloads = await mkdtemp(join(tmpdir(), 'spor-integrity-'));
  });
  afterAll(async () => {
    await session?.close();
    await rm(downloads, { recursive: true, force: true });
  });

  it('a clean log checks clean in Settings and on the detail screen', async () => {
    const { page } = session;
    await page.goto(inject('baseUrl'));
    const photo = await pictureFromPage(page, { width: 800, height: 600, type: 'image/jpeg', caption: 'bil' });
    ids.a = await logIncident(page, '2026-11-02T22:15', 'Han stod ved døren i en time.', photo);
    await page.getByTestId('incident-integrity').waitFor();
    expect(await page.getByTestId('incident-integrity').textContent()).toContain('Stemmer med historikken');
    ids.b = await logIncident(page, '2026-11-05T08:00', 'Opkald fra skjult nummer.');
    ids.c = await logIncident(page, '2026-11-07T19:30', 'Han kørte forbi huset.');
    expect(await checkInSettings(page)).toContain('Alt stemmer');
    await screenshot(page, 'integrity-settings-clean');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('deletes an entry for good from the trash after saying what is lost; the log still checks clean', async () => {
    const { page } = session;
    const gone = await logIncident(page, '2026-11-08T10:00', 'Skal slettes for altid.');
    await page.getByRole('button', { name: 'Flyt til papirkurv' }).click();
    await page.goto(`${inject('baseUrl')}/#/trash`);
    await page.getByRole('button', { name: /Slet .* for altid/ }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.getByText('Det kan ikke fortrydes').waitFor();
    await screenshot(page, 'trash-delete-for-good');
    await dialog.getByRole('button', { name: 'Slet for altid' }).click();
    await page.getByText('Slettet for altid.').waitFor();
    expect(await page.getByText('Papirkurven er tom.').count()).toBe(1);
    const text = await checkInSettings(page);
    expect(text).toContain('Alt stemmer');
    expect(text).toContain('Du har slettet 1 hændelse for altid');
    // That the erased entries hold no content is proven where the content can be read: tests/integrity/verify.test.ts ("erases the incident, its files and its history content").
    expect(gone).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('seals the log: the text is shown to send with the phone’s own apps, is listed, and checks when pasted back', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Forsegl loggen' }).click();
    seal = (await page.getByTestId('seal-text').textContent()) ?? '';
    expect(seal).toMatch(/\[spor-seal\/1 n=\d+ h=[0-9a-f]{64}\]/);
    expect(await page.getByRole('link', { name: 'Send som e-mail' }).getAttribute('href')).toMatch(/^mailto:\?subject=/);
    await page.getByRole('button', { name: 'Kopiér teksten' }).click();
    await page.getByTestId('issued-heads').getByText(/forsegling/).waitFor();
    await page.getByRole('textbox', { name: 'Indsæt en forseglingstekst' }).fill(`Fwd: ${seal}`);
    await page.getByRole('button', { name: 'Kontrollér forseglingen' }).click();
    expect(await page.getByTestId('seal-verdict').textContent()).toContain('Forseglingen passer');
    await screenshot(page, 'integrity-seal');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('finds a swapped row, overwritten file bytes, a deleted row and a deleted last entry: at start, in Settings, on the detail screen', async () => {
    const { page } = session;
    await tamper(page, ids);
    await page.goto(inject('baseUrl'));
    await page.reload();
    await page.getByTestId('integrity-notice').waitFor({ timeout: 30_000 });
    await screenshot(page, 'integrity-notice');

    const text = await checkInSettings(page);
    expect(text).toContain('Ikke alt stemmer');
    expect(text).toContain('En hændelse: kan ikke dekrypteres; den er ændret eller beskadiget uden for Spor.');
    expect(text).toContain('En gemt fil: dens bytes passer ikke længere med SHA-256-værdien');
    expect(text).toContain('En hændelse: historikken siger, at den findes, men den mangler.');
    expect(text).toMatch(/En forsegling lavet .* dækkede \d+ poster; historikken har nu færre\./);
    await screenshot(page, 'integrity-settings-findings');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('textbox', { name: 'Indsæt en forseglingstekst' }).fill(seal);
    await page.getByRole('button', { name: 'Kontrollér forseglingen' }).click();
    expect(await page.getByTestId('seal-verdict').textContent()).toContain('historikken har nu færre poster');

    await page.goto(`${inject('baseUrl')}/#/incident/${ids.a}`);
    const detail = page.getByTestId('incident-integrity');
    await detail.getByText('Ikke alt stemmer').waitFor({ timeout: 30_000 });
    expect(await detail.textContent()).toContain('En gemt fil: dens bytes passer ikke længere');
    await screenshot(page, 'integrity-detail-findings');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.goto(`${inject('baseUrl')}/#/incident/${ids.b}`);
    await page.getByTestId('incident-integrity').getByText('historikken siger, at den findes, men den mangler').waitFor({ timeout: 30_000 });
    // The swapped row is not shown as if it were c: it cannot be read at all.
    await page.goto(`${inject('baseUrl')}/#/incident/${ids.c}`);
    await page.getByText('Det kan ikke dekrypteres: det er ændret eller beskadiget uden for Spor.').waitFor();
    expect(await page.getByText('Han stod ved døren i en time.').count()).toBe(0);
  });

  it('the report names each finding in its integrity section and marks the incident and the annex', async () => {
    const { page } = session;
    await page.goto(`${inject('baseUrl')}/#/export`);
    await page.getByRole('button', { name: 'Lav rapport (PDF)' }).click();
    await page.getByTestId('export-result').waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Hent fil…' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('alertdialog').getByRole('button', { name: 'Hent fil' }).click()]);
    const pdfPath = join(downloads, 'report.pdf');
    await download.saveAs(pdfPath);
    const { stdout } = await run('pdftotext', [pdfPath, '-']);
    const text = stdout.replace(/\s+/g, ' ');
    expect(text).toContain('Resultat: ikke alt stemmer.');
    expect(text).toMatch(/En hændelse, der ikke er med i rapporten \(id [0-9a-f]{8}\): kan ikke dekrypteres på telefonen; den er ændret eller beskadiget uden for Spor\./);
    expect(text).toContain('Bilag B1: de gemte bytes passer ikke længere med SHA-256-værdien; det er ikke originalen.');
    expect(text).toMatch(/En hændelse, der ikke er med i rapporten \(id [0-9a-f]{8}\): historikken siger, at den findes, men den mangler på telefonen\./);
    expect(text).toContain('Advarsel: historikken modsiger hashværdien fra en forsegling');
    expect(text).toContain('Advarsel: afviger fra sin historik (en fil).');
    expect(text).toContain('Advarsel: filen, der er gemt på telefonen, passer ikke længere med denne SHA-256-værdi.');
    expect(text).toContain('Hvad disse kontroller ikke kan bevise');
    expect(session.foreignRequests()).toEqual([]);
    expect(await session.cspViolations()).toEqual([]);
  });
});

/** Exports the PDF through the Export screen and returns its text, whitespace folded. */
async function reportText(page: Page, downloads: string, name: string): Promise<string> {
  await page.goto(`${inject('baseUrl')}/#/export`);
  await page.getByRole('button', { name: 'Lav rapport (PDF)' }).click();
  await page.getByTestId('export-result').waitFor({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Hent fil…' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('alertdialog').getByRole('button', { name: 'Hent fil' }).click()]);
  const pdfPath = join(downloads, name);
  await download.saveAs(pdfPath);
  const { stdout } = await run('pdftotext', [pdfPath, '-']);
  return stdout.replace(/\s+/g, ' ');
}

async function detailFindings(page: Page, id: string): Promise<string> {
  await page.goto(`${inject('baseUrl')}/#/incident/${id}`);
  const detail = page.getByTestId('incident-integrity');
  await detail.waitFor({ timeout: 30_000 });
  return (await detail.textContent()) ?? '';
}

describe('an edited history entry, a deleted file, and the whole chain recomputed after a report', () => {
  let session: Session;
  let downloads: string;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    session = await openSession(inject('baseUrl'));
    downloads = await mkdtemp(join(tmpdir(), 'spor-integrity-'));
  });
  afterAll(async () => {
    await session?.close();
    await rm(downloads, { recursive: true, force: true });
  });

  it('an edited entry and a deleted file are named in Settings, on the detail screen and in the report', async () => {
    const { page } = session;
    await page.goto(inject('baseUrl'));
    const photo = await pictureFromPage(page, { width: 640, height: 480, type: 'image/jpeg' });
    ids.a = await logIncident(page, '2026-11-02T22:15', 'Han stod ved døren.');
    ids.b = await logIncident(page, '2026-11-03T09:00', 'Besked med trusler.', photo);
    expect(await reportText(page, downloads, 'before.pdf')).toContain('Resultat: alt, der blev kontrolleret, stemmer.');
    // The entry's content is sealed: only someone holding the data key can change it so that it still opens.
    await rewriteRows(page, 'revisions', (revision) => revision.seq !== 1 ? undefined : {
      ...revision,
      changes: (revision.changes as { field: string }[]).map((change) => (change.field === 'description' ? { ...change, after: 'Han var der aldrig.' } : change)),
    });
    // Deleting rows needs no key at all.
    await page.evaluate(async () => {
      const database = await new Promise<IDBDatabase>((done) => { const request = indexedDB.open('spor-sealed'); request.onsuccess = () => done(request.result); });
      const transaction = database.transaction('files', 'readwrite');
      transaction.objectStore('files').clear();
      await new Promise((done) => { transaction.oncomplete = done; });
      database.close();
    });
    const settings = await checkInSettings(page);
    expect(settings).toContain('Indholdet af post 1 i historikken er ændret.');
    expect(settings).toContain('En gemt fil: historikken siger, at den findes, men den mangler.');
    expect(await detailFindings(page, ids.a)).toContain('Poster 1 i historikken om den stemmer ikke.');
    expect(await detailFindings(page, ids.b)).toContain('En gemt fil: historikken siger, at den findes, men den mangler.');
    const text = await reportText(page, downloads, 'edited.pdf');
    expect(text).toContain('Advarsel, kæden: post 1 passer ikke med sin hashværdi, sit indhold eller sin plads i kæden.');
    expect(text).toContain('Bilag B1: den gemte fil mangler.');
    expect(text).toContain('Advarsel: filen mangler på telefonen.');
  });

  it('a chain recomputed with the published recipe passes its own walk but contradicts the reports handed out', async () => {
    const { page } = session;
    // A key holder rewrites incident a and recomputes the whole chain with the recipe published in the report.
    const canonical = (value: unknown) => JSON.stringify(value, (_key, inner) => (inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))) : inner));
    const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
    let prevHash = '0'.repeat(64);
    await rewriteRows(page, 'revisions', (revision) => {
      const contentHash = sha256(canonical({ salt: revision.contentSalt, changes: revision.changes }));
      const { seq, at, action, entity, entityId, incidentId } = revision;
      const previous = prevHash;
      prevHash = sha256(canonical({ recipe: 2, seq, at, action, entity, entityId, incidentId: incidentId ?? null, contentHash, prevHash: previous }));
      return { ...revision, contentHash, prevHash: previous, hash: prevHash };
    });
    await rewriteRows(page, 'incidents', (incident) => (incident.id === ids.a ? { ...incident, description: 'Han var der aldrig.' } : undefined));
    const settings = await checkInSettings(page);
    expect(settings).not.toContain('Indholdet af post');
    expect(settings).not.toContain('afviger fra historikken');
    expect(settings).toMatch(/En rapport lavet .* dækkede \d+ poster; post \d+ er ændret siden\./);
    expect(await detailFindings(page, ids.a)).toMatch(/En rapport lavet .* dækkede \d+ poster; post \d+ er ændret siden\./);
    const text = await reportText(page, downloads, 'rewritten.pdf');
    expect(text).toContain('Advarsel: historikken modsiger hashværdien fra en rapport');
    expect(text).toContain('den post har nu en anden hashværdi.');
  });
});
