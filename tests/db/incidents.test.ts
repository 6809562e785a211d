import { beforeEach, describe, expect, it } from 'vitest';
import {
  addIncident, getIncident, listIncidents, listTrash, restoreIncident, trashIncident, updateIncident, verifyHistory, listRevisions,
  ValidationError,
} from '../../src/db';
import { freshDatabase, incidentInput } from '../helpers/db';

const now = Date.UTC(2026, 10, 1, 12);

describe('incident verbs', () => {
  beforeEach(() => {
    freshDatabase();
  });

  it('saves an incident with only kind and time', async () => {
    const saved = await addIncident(incidentInput({ kind: 'following', occurredAt: now - 60_000 }), now);
    expect(await getIncident(saved.id)).toMatchObject({ kind: 'following', occurredAt: now - 60_000, createdAt: now, attachmentIds: [] });
  });

  it('refuses a time in the future with a clear message and stores nothing', async () => {
    await expect(addIncident(incidentInput({ occurredAt: now + 3_600_000 }), now)).rejects.toBeInstanceOf(ValidationError);
    expect(await listIncidents()).toEqual([]);
  });

  it('a backdated incident appears at its true place, newest first', async () => {
    const march = await addIncident(incidentInput({ occurredAt: Date.UTC(2026, 2, 1) }), now);
    const may = await addIncident(incidentInput({ occurredAt: Date.UTC(2026, 4, 1) }), now);
    const backdatedApril = await addIncident(incidentInput({ occurredAt: Date.UTC(2026, 3, 1) }), now + 1);
    expect((await listIncidents()).map((incident) => incident.id)).toEqual([may.id, backdatedApril.id, march.id]);
  });

  it('orders incidents across the Copenhagen daylight-saving change by instant, not wall clock', async () => {
    // 29 March 2026: clocks jump 02:00 -> 03:00 CET -> CEST. 01:30 CET (00:30Z) happens before 03:10 CEST (01:10Z).
    const beforeChange = await addIncident(incidentInput({ occurredAt: new Date(2026, 2, 29, 1, 30).getTime() }), now);
    const afterChange = await addIncident(incidentInput({ occurredAt: new Date(2026, 2, 29, 3, 10).getTime() }), now);
    expect(new Date(2026, 2, 29, 1, 30).toISOString()).toBe('2026-03-29T00:30:00.000Z');
    expect(new Date(2026, 2, 29, 3, 10).toISOString()).toBe('2026-03-29T01:10:00.000Z');
    // 25 October 2026: 02:30 happens twice; the first (CEST) is an hour before the second (CET).
    const autumnFirst = await addIncident(incidentInput({ occurredAt: Date.UTC(2026, 9, 25, 0, 30) }), now);
    const autumnSecond = await addIncident(incidentInput({ occurredAt: Date.UTC(2026, 9, 25, 1, 30) }), now);
    expect((await listIncidents()).map((incident) => incident.id)).toEqual([autumnSecond.id, autumnFirst.id, afterChange.id, beforeChange.id]);
  });

  it('filters by kind, date range and text in any script', async () => {
    await addIncident(incidentInput({ kind: 'call', occurredAt: Date.UTC(2026, 0, 5), description: 'Ringede 14 gange' }), now);
    const threat = await addIncident(incidentInput({ kind: 'threat', occurredAt: Date.UTC(2026, 1, 5), description: 'Сказал: «Я тебя найду»' }), now);
    await addIncident(incidentInput({ kind: 'threat', occurredAt: Date.UTC(2026, 3, 5), description: 'Stod ved døren' }), now);
    expect((await listIncidents({ kinds: ['threat'] })).length).toBe(2);
    expect((await listIncidents({ from: Date.UTC(2026, 1, 1), to: Date.UTC(2026, 2, 1) })).map((incident) => incident.id)).toEqual([threat.id]);
    expect((await listIncidents({ text: 'я тебя' })).map((incident) => incident.id)).toEqual([threat.id]);
  });

  it('edits record what changed, and deletes go to a trash that can be restored', async () => {
    const saved = await addIncident(incidentInput({ description: 'first' }), now);
    await updateIncident(saved.id, { ...incidentInput({ description: 'second' }) }, now + 1000);
    await trashIncident(saved.id, now + 2000);
    expect(await listIncidents()).toEqual([]);
    expect((await listTrash()).map((incident) => incident.id)).toEqual([saved.id]);
    await restoreIncident(saved.id, now + 3000);
    expect((await listIncidents()).map((incident) => incident.description)).toEqual(['second']);
    const revisions = await listRevisions(saved.id);
    expect(revisions.map((revision) => revision.action)).toEqual(['create', 'edit', 'delete', 'restore']);
    expect(revisions[1].changes).toEqual([{ field: 'description', before: 'first', after: 'second' }]);
    expect((await verifyHistory()).ok).toBe(true);
  });
});
