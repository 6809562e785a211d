import { describe, expect, inject, it } from 'vitest';
import { turnLockOn, useSession } from './browser';
import { openSections } from './editorSections';

// In the manner of OWASP MASTG's test for sensitive data in local storage: with the lock on, a canary typed into every
// kind of content (what happened, place, witness, a file, an edit in the history, an unsaved draft) is looked for in
// everything the browser keeps for the origin, read directly rather than through the app: every IndexedDB database
// and store, Cache Storage, localStorage and sessionStorage. It must be nowhere: not as text, base64 or hex.

const canary = 'KANARIE7731ZQX';
const passcode = 'spor-lås-2468';

/** The forms the canary could take on disk: text (UTF-8 and UTF-16), hex, and base64 at each of the three alignments. */
function canaryForms(): string[] {
  const bytes = Buffer.from(canary);
  const base64 = [0, 1, 2].map((shift) => {
    const encoded = Buffer.concat([Buffer.alloc(shift), bytes]).toString('base64');
    // Only the characters that depend on the canary alone (not on the bytes before or after it).
    const start = Math.ceil((shift * 4) / 3) + 1;
    return encoded.slice(start, start + 12);
  });
  return [canary, Buffer.from(canary, 'utf16le').toString('latin1'), bytes.toString('hex'), bytes.toString('hex').toUpperCase(), ...base64];
}

describe('nothing readable at rest', () => {
  const baseUrl = inject('baseUrl');
  const session = useSession(baseUrl);

  it('a canary in text, place, witness, a file, the history and a draft is found nowhere in the origin’s storage', async () => {
    const { page } = session;
    await turnLockOn(page, baseUrl, passcode);

    await page.goto(`${baseUrl}/#/new`);
    await page.getByRole('radio', { name: 'Trusler om vold' }).check();
    await page.getByRole('textbox', { name: 'Hvad skete der' }).fill(`Han ventede ved bilen ${canary}`);
    await openSections(page, 'Tilføj sted', 'Tilføj vidne');
    await page.getByRole('textbox', { name: 'Sted' }).fill(`Opgangen ${canary}`);
    await page.getByLabel('Navn', { exact: true }).fill(`Vidne ${canary}`);
    await page.getByTestId('file-input').setInputFiles({ name: 'besked.txt', mimeType: 'text/plain', buffer: Buffer.from(`Skærmbillede af beskeden: ${canary} ${canary}`) });
    await page.getByText('besked.txt').waitFor();
    await page.getByRole('button', { name: 'Gem', exact: true }).click();
    await page.waitForURL(/#\/incident\/[^/]+$/);
    const detailUrl = page.url();

    // One edit, so the history holds the canary as a before and an after value.
    await page.getByRole('link', { name: 'Rediger' }).click();
    await page.getByRole('textbox', { name: 'Hvad skete der' }).fill(`Rettet: han ventede ved bilen ${canary}`);
    await page.getByRole('button', { name: 'Gem', exact: true }).click();
    await page.waitForURL(detailUrl);

    // A draft left behind.
    await page.goto(`${baseUrl}/#/new`);
    await page.getByRole('textbox', { name: 'Hvad skete der' }).fill(`Kladde ${canary}`);
    await page.waitForTimeout(1200); // past the autosave pause
    await page.goto(`${baseUrl}/#/`);

    const stored = await page.evaluate(async () => {
      const parts: string[] = [];
      const asText = (value: unknown): string => {
        if (value instanceof ArrayBuffer || ArrayBuffer.isView(value)) {
          const bytes = value instanceof ArrayBuffer ? new Uint8Array(value) : new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
          let latin1 = '';
          for (const byte of bytes) latin1 += String.fromCharCode(byte);
          return latin1;
        }
        if (value instanceof Blob) return `[Blob ${value.size}]`;
        if (value && typeof value === 'object') return Object.entries(value).map(([key, inner]) => `${key}=${asText(inner)}`).join('\n');
        return String(value);
      };
      const databases = await indexedDB.databases();
      for (const { name } of databases) {
        const database = await new Promise<IDBDatabase>((done, fail) => {
          const request = indexedDB.open(name!);
          request.onsuccess = () => done(request.result);
          request.onerror = () => fail(request.error);
        });
        for (const store of [...database.objectStoreNames]) {
          const rows = await new Promise<unknown[]>((done, fail) => {
            const request = database.transaction(store).objectStore(store).getAll();
            request.onsuccess = () => done(request.result);
            request.onerror = () => fail(request.error);
          });
          parts.push(`${name}/${store}: ${rows.length} rows`, ...rows.map(asText));
        }
        database.close();
      }
      for (const cacheName of await caches.keys()) {
        const cache = await caches.open(cacheName);
        for (const request of await cache.keys()) {
          parts.push(request.url, asText(await (await cache.match(request))!.arrayBuffer()));
        }
      }
      for (const storage of [localStorage, sessionStorage]) {
        for (let index = 0; index < storage.length; index++) parts.push(storage.key(index)!, storage.getItem(storage.key(index)!)!);
      }
      return { text: parts.join('\n'), databases: databases.map((database) => database.name) };
    });
    // The search looks at real data: the sealed store holds the incident, its file, its history and the draft.
    expect(stored.databases).toContain('spor-sealed');
    expect(stored.databases).not.toContain('spor');
    expect(stored.text).toMatch(/spor-sealed\/incidents: 1 rows/);
    expect(stored.text).toMatch(/spor-sealed\/fileChunks: 1 rows/);
    expect(stored.text).toMatch(/spor-sealed\/revisions: [3-9] rows/);
    expect(stored.text).toMatch(/spor-sealed\/drafts: [1-9] rows/);
    for (const form of canaryForms()) expect(stored.text, form).not.toContain(form);

    // Unlocking brings all of it back: the incident as edited, and the draft.
    await page.reload();
    await page.getByLabel('Kode', { exact: true }).fill(passcode);
    await page.getByRole('button', { name: 'Lås op' }).click();
    await page.goto(detailUrl);
    await page.getByText(`Rettet: han ventede ved bilen ${canary}`).first().waitFor();
    await page.getByText(`Vidne ${canary}`).first().waitFor();
    await page.goto(`${baseUrl}/#/`);
    await page.getByTestId('unsaved-drafts').getByText(`Kladde ${canary}`).waitFor();
    expect(session.foreignRequests()).toEqual([]);
  });
});
