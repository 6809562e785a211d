import Dexie from 'dexie';
import { compareNewestFirst } from '../domain/incident';
import { db } from './database';
import { openRowsAsync } from './sealing';
import type { IncidentRow } from './schema';

// The log's order lives in memory: sealed rows offer IndexedDB no time or kind to sort or filter by. After unlock the
// first list reads and opens every incident once, newest first; any write to `incidents` (in this tab or another,
// via Dexie's storagemutated event) or a lock drops the copy, and the next list reads again. Trade-off: a long log is
// read whole once per change, never by range; 10,000 incidents stay within the timeline's budget (npm run bench).

let rows: Promise<IncidentRow[]> | undefined;
/** The database the copy was read from (tests swap databases). */
let readFrom: typeof db | undefined;
let watching = false;

function watchForWrites(): void {
  if (watching) return;
  watching = true;
  Dexie.on('storagemutated', (parts) => {
    const prefix = `idb://${db.name}/incidents/`;
    if (Object.keys(parts).some((part) => part.startsWith(prefix))) rows = undefined;
  });
}

/**
 * Every incident, read raw in one request and opened with Web Crypto in parallel: at unlock this is the one large read,
 * and the synchronous cipher the transactions need would do it all on the page's thread (and slow down fourfold with
 * the CPU). A row damaged outside the app is left out here; the check after start names it (integrityFindings.ts).
 */
async function readAllIncidents(): Promise<IncidentRow[]> {
  if (!db.sealed) return db.incidents.toArray();
  await db.open();
  const stored = await new Promise<Record<string, unknown>[]>((resolve, reject) => {
    const request = db.backendDB().transaction('incidents').objectStore('incidents').getAll();
    request.onsuccess = () => resolve(request.result as Record<string, unknown>[]);
    request.onerror = () => reject(request.error);
  });
  return (await openRowsAsync('incidents', stored)).rows as unknown as IncidentRow[];
}

/** Every stored incident (live and trashed), newest first by when it happened. */
export function allIncidentRows(): Promise<IncidentRow[]> {
  watchForWrites();
  if (!rows || readFrom !== db) {
    readFrom = db;
    const reading = readAllIncidents().then((all) => all.sort(compareNewestFirst));
    reading.catch(() => {
      if (rows === reading) rows = undefined;
    });
    rows = reading;
  }
  return rows;
}

/** Drops the copy in memory (at lock). */
export function forgetIncidentRows(): void {
  rows = undefined;
}
