// Bench-only entry (tests/bench/quicklog-bench.html): times the app's own addIncident and a bare IndexedDB commit.
import { addIncident } from '../../src/db';
import { blankIncident } from '../../src/domain/incident';
import type { IncidentInput } from '../../src/domain/types';
import { openSealedStore } from './openSealedStore';

// Every row is sealed at rest: the page opens the store as the app does at start.
await openSealedStore();

async function timeRuns(runs: number, once: () => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    await once();
    times.push(performance.now() - started);
  }
  return times;
}

/** The verb the editor calls: validation, the incident row and its history entry in one strict-durability transaction. */
function addIncidentTimes(runs: number): Promise<number[]> {
  return timeRuns(runs, () => addIncident(blankIncident(Date.now() - 60_000, 'Europe/Copenhagen', 'call') as IncidentInput));
}

/** The floor: one small record put in its own database with strict durability, as the app asks for, until complete. */
async function bareCommitTimes(runs: number): Promise<number[]> {
  const database = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('quicklog-bench-bare', 1);
    request.onupgradeneeded = () => request.result.createObjectStore('rows', { keyPath: 'id' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const times = await timeRuns(runs, () => new Promise<void>((resolve, reject) => {
    const transaction = database.transaction('rows', 'readwrite', { durability: 'strict' });
    transaction.objectStore('rows').put({ id: crypto.randomUUID(), kind: 'call', occurredAt: Date.now(), description: '' });
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error);
  }));
  database.close();
  return times;
}

Object.assign(globalThis, { quicklogBench: { addIncidentTimes, bareCommitTimes } });
