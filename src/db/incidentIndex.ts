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
/** The sealed rows read ahead while a key was derived (readIncidentsAhead), until the next list opens them. */
let readAhead: Promise<Record<string, unknown>[]> | undefined;
let watching = false;

function watchForWrites(): void {
  if (watching) return;
  watching = true;
  Dexie.on('storagemutated', (parts) => {
    const prefix = `idb://${db.name}/incidents/`;
    if (Object.keys(parts).some((part) => part.startsWith(prefix))) rows = readAhead = undefined;
  });
}

/** Every stored incident as IndexedDB holds it (sealed), in one request: no key is needed for that. */
async function readStoredIncidents(): Promise<Record<string, unknown>[]> {
  await db.open();
  return new Promise<Record<string, unknown>[]>((resolve, reject) => {
    const request = db.backendDB().transaction('incidents').objectStore('incidents').getAll();
    request.onsuccess = () => resolve(request.result as Record<string, unknown>[]);
    request.onerror = () => reject(request.error);
  });
}

/**
 * Starts reading the sealed incidents before the key is there: an unlock calls it as the key derivation (in a worker)
 * begins, so the read, about half of what opening 10,000 incidents takes, is done by the time the key is. Only on a
 * database already open (the key ring was read from it): opening one may run an upgrade, which waits for the key. A
 * write to the incidents meanwhile (another tab) drops what was read.
 */
export function readIncidentsAhead(): void {
  watchForWrites();
  // A failed read is read again when needed.
  if (db.sealed && db.isOpen()) (readAhead = readStoredIncidents()).catch(() => undefined);
}

/**
 * Every incident, read raw in one request and opened with Web Crypto in parallel: at unlock this is the one large read,
 * and the synchronous cipher the transactions need would do it all on the page's thread (and slow down fourfold with
 * the CPU). A row damaged outside the app is left out here; the check after start names it (integrityFindings.ts).
 */
async function readAllIncidents(): Promise<IncidentRow[]> {
  if (!db.sealed) return db.incidents.toArray();
  const ahead = readAhead;
  readAhead = undefined;
  const stored = (await ahead?.catch(() => undefined)) ?? (await readStoredIncidents());
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
  rows = readAhead = undefined;
}
