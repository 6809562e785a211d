import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addIncident } from '../../src/db';
import { db } from '../../src/db/database';
import { allIncidentRows, forgetIncidentRows, readIncidentsAhead } from '../../src/db/incidentIndex';
import { freshDatabase, incidentInput } from '../helpers/db';

// An unlock reads the sealed incidents while the key is derived (readIncidentsAhead); the list then opens those rows.

const now = Date.UTC(2026, 10, 1, 12);

describe('the incidents read ahead of the key', () => {
  beforeEach(() => {
    freshDatabase();
    forgetIncidentRows();
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('are what the next list opens: IndexedDB is read once, and the list is the log', async () => {
    const saved = [await addIncident(incidentInput({ description: 'første' }), now), await addIncident(incidentInput({ description: 'andet' }), now)];
    forgetIncidentRows(); // as the lock does
    const reads = vi.spyOn(IDBObjectStore.prototype, 'getAll');
    readIncidentsAhead();
    const listed = await allIncidentRows();
    expect(reads).toHaveBeenCalledTimes(1);
    expect(listed.map((row) => row.id).sort()).toEqual(saved.map((incident) => incident.id).sort());
  });

  it('are dropped when an incident is written after them (here or in another tab): the list holds the new one', async () => {
    await addIncident(incidentInput({ description: 'før' }), now);
    forgetIncidentRows();
    readIncidentsAhead();
    await new Promise((done) => setTimeout(done, 50)); // the read ahead is done
    const written = await addIncident(incidentInput({ description: 'skrevet imens' }), now);
    const listed = await allIncidentRows();
    expect(listed.map((row) => row.id)).toContain(written.id);
    expect(listed).toHaveLength(2);
  });

  it('are not read from a closed database: opening one may run an upgrade, which waits for the key', async () => {
    await addIncident(incidentInput(), now);
    db.close();
    readIncidentsAhead();
    await new Promise((done) => setTimeout(done, 50)); // what an open would have taken
    expect(db.isOpen()).toBe(false);
    expect(await allIncidentRows()).toHaveLength(1); // the list itself opens it, once the key is there
  });
});
