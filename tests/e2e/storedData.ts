import type { Page } from 'playwright-core';
import { openSections } from './editorSections';

/** Counts the incidents in the app's IndexedDB directly (closing the connection, so no upgrade is blocked). */
export async function countIncidents(page: Page): Promise<number> {
  return page.evaluate(async () => {
    // Opening a database that does not exist would create an empty one under the app's feet.
    if (!(await indexedDB.databases()).some((database) => database.name === 'spor-sealed')) return 0;
    return new Promise<number>((done, fail) => {
      const request = indexedDB.open('spor-sealed');
      request.onsuccess = () => {
        const database = request.result;
        try {
          const count = database.transaction('incidents').objectStore('incidents').count();
          count.onsuccess = () => done(count.result);
          count.onerror = () => fail(count.error);
        } catch (error) {
          fail(error);
        } finally {
          database.close(); // takes effect once the count's transaction is done
        }
      };
      request.onerror = () => fail(request.error);
    });
  });
}

/** Logs the quickest possible entry through the real editor: a call, now. */
export async function logCall(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}/#/new`);
  await page.getByLabel('Opkald', { exact: true }).check();
  await page.getByRole('button', { name: 'Gem', exact: true }).click();
  await page.waitForURL(/#\/incident\/[^/]+$/);
}

/** Logs a threat with what happened (and a place, if given) through the real editor; returns the detail page's address. */
export async function logThreat(page: Page, baseUrl: string, { description, place }: { description: string; place?: string }): Promise<string> {
  await page.goto(`${baseUrl}/#/new`);
  await page.getByRole('radio', { name: 'Trusler om vold' }).check();
  if (place) {
    await openSections(page, 'Tilføj sted');
    await page.getByRole('textbox', { name: 'Sted' }).fill(place);
  }
  await page.getByRole('textbox', { name: 'Hvad skete der' }).fill(description);
  await page.getByRole('button', { name: 'Gem', exact: true }).click();
  await page.waitForURL(/#\/incident\/[^/]+$/);
  return page.url();
}

/**
 * The readable fields of every row in the given stores of the sealed database, straight from IndexedDB (each row's
 * `sealed` bytes are left out: content can only be checked through the app). Empty lists if there is no database yet.
 */
export async function plainRows(page: Page, stores: readonly string[]): Promise<Record<string, Record<string, unknown>[]>> {
  return page.evaluate(async (names) => {
    const empty = Object.fromEntries(names.map((name) => [name, [] as Record<string, unknown>[]]));
    // Opening a database that does not exist would create an empty one under the app's feet.
    if (!(await indexedDB.databases()).some((database) => database.name === 'spor-sealed')) return empty;
    return new Promise<Record<string, Record<string, unknown>[]>>((done, fail) => {
      const request = indexedDB.open('spor-sealed');
      request.onerror = () => fail(request.error);
      request.onsuccess = () => {
        const database = request.result;
        const transaction = database.transaction(names);
        const reads = names.map((name) => transaction.objectStore(name).getAll());
        transaction.oncomplete = () => {
          database.close();
          done(Object.fromEntries(names.map((name, at) => [name, (reads[at]!.result as Record<string, unknown>[]).map(({ sealed: _sealed, ...plain }) => plain)])));
        };
        transaction.onerror = () => {
          database.close();
          fail(transaction.error);
        };
      };
    });
  }, stores);
}

/** How many rows every store of the sealed database and of the share inbox holds now (`database/store` → count). */
export async function rowCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(async () => {
    const present = new Set((await indexedDB.databases()).map((database) => database.name));
    const counts: Record<string, number> = {};
    for (const name of ['spor-sealed', 'spor-inbox']) {
      // Opening a database that does not exist would create an empty one under the app's feet.
      if (!present.has(name)) continue;
      const database = await new Promise<IDBDatabase>((done, fail) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => done(request.result);
        request.onerror = () => fail(request.error);
      });
      for (const store of Array.from(database.objectStoreNames)) {
        counts[`${name}/${store}`] = await new Promise<number>((done, fail) => {
          const request = database.transaction(store).objectStore(store).count();
          request.onsuccess = () => done(request.result);
          request.onerror = () => fail(request.error);
        });
      }
      database.close();
    }
    return counts;
  });
}
