import { describe, expect, inject, it } from 'vitest';
import { useSession, screenshot, type Session } from './browser';
import { seedPlainDatabase } from '../bench/plainLog.mjs';

// A phone updated from a version that kept the log in plain: the first start encrypts it into the sealed database.
// Closed half way (here: reloaded while the move runs), the next start goes on; in the end everything is readable in
// the app, none of it in plain on disk, and the old database is gone.

const count = 5000;

async function rawState(session: Session) {
  return session.page.evaluate(async () => {
    const names = (await indexedDB.databases()).map((database) => database.name);
    if (!names.includes('spor-sealed')) return { names, incidents: 0, plainText: false };
    const database = await new Promise<IDBDatabase>((done, fail) => {
      const request = indexedDB.open('spor-sealed');
      request.onsuccess = () => done(request.result);
      request.onerror = () => fail(request.error);
    });
    const rows = await new Promise<Record<string, unknown>[]>((done) => {
      const request = database.transaction('incidents').objectStore('incidents').getAll();
      request.onsuccess = () => done(request.result);
    });
    database.close();
    // Plain rows would hold their text as strings; sealed rows hold only ids, counters and bytes.
    const plainText = rows.some((row) => Object.values(row).some((value) => typeof value === 'string' && value.includes('Incident number')));
    return { names, incidents: rows.length, plainText };
  });
}

describe('moving an older version’s plain log into the sealed database', () => {
  const baseUrl = inject('baseUrl');
  const session = useSession(baseUrl);

  it('goes on after the page is closed half way, then everything is readable, all of it sealed, the old database gone', async () => {
    const { page } = session;
    await page.goto(baseUrl);
    await page.getByText('Intet logget endnu').waitFor();
    await page.evaluate(seedPlainDatabase, count);

    await page.reload();
    await page.getByRole('heading', { name: 'Krypterer loggen på denne telefon…' }).waitFor();
    await screenshot(page, 'move-to-sealed');
    const halfWay = await rawState(session);
    await page.reload(); // the page closed while the move runs
    // The reload really cut a move short: the old database was still there, the sealed one not yet whole.
    expect(halfWay.names).toContain('spor');
    expect(halfWay.incidents).toBeLessThan(count);

    await page.getByText(`Incident number ${count - 1}:`, { exact: false }).first().waitFor({ timeout: 90_000 });
    const after = await rawState(session);
    expect(after.names).not.toContain('spor');
    expect(after.incidents).toBe(count);
    expect(after.plainText).toBe(false);
    expect(session.foreignRequests()).toEqual([]);
  });
});
