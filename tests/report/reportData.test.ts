import { beforeEach, describe, expect, it } from 'vitest';
import { addIncident, attachFile, gatherReportData, savePerson, trashIncident, updateIncident } from '../../src/db';
import { freshDatabase, incidentInput } from '../helpers/db';

// The report's data comes from the same verbs as the app, with the history that lets a reader trust it.
const now = Date.UTC(2026, 10, 1, 12);

describe('gathering the report data', () => {
  let database: ReturnType<typeof freshDatabase>;
  beforeEach(() => {
    database = freshDatabase();
  });

  it('takes the live incidents in the period and kinds asked for, with their annex facts but no previews', async () => {
    const call = await addIncident(incidentInput({ kind: 'call', occurredAt: Date.UTC(2026, 5, 1) }), now);
    const threat = await addIncident(incidentInput({ kind: 'threat', occurredAt: Date.UTC(2026, 6, 1) }), now);
    await addIncident(incidentInput({ kind: 'threat', occurredAt: Date.UTC(2026, 1, 1) }), now);
    const trashed = await addIncident(incidentInput({ kind: 'threat', occurredAt: Date.UTC(2026, 6, 2) }), now);
    await trashIncident(trashed.id, now + 1);
    const m4a = new Uint8Array([0, 0, 0, 24, ...new TextEncoder().encode('ftypM4A '), 0, 0, 0, 0, ...new TextEncoder().encode('M4A mp42')]);
    await attachFile(threat.id, new Blob([m4a], { type: 'audio/mp4' }), { fileName: 'opkald.m4a', now: now + 2 });

    const data = await gatherReportData({ from: Date.UTC(2026, 4, 1), kinds: ['threat'] }, now + 10);
    expect(data.incidents.map((incident) => incident.id)).toEqual([threat.id]);
    expect(data.attachments[threat.id]).toHaveLength(1);
    expect(data.attachments[threat.id][0]).toMatchObject({ fileName: 'opkald.m4a', mimeType: 'audio/mp4', size: 24 });
    expect(data.attachments[threat.id][0]).not.toHaveProperty('thumbnail');
    expect(data.incidents.map((incident) => incident.id)).not.toContain(call.id);
    expect(data.generatedAt).toBe(now + 10);
  });

  it('counts every change after the first writing, and reports the verified head of the history', async () => {
    const incident = await addIncident(incidentInput({ description: 'Første version' }), now);
    await updateIncident(incident.id, incidentInput({ description: 'Rettet stavefejl' }), now + 60_000);
    await attachFile(incident.id, new Blob(['x'], { type: 'text/plain' }), { fileName: 'note.txt', now: now + 120_000 });
    await savePerson({ name: 'M', relation: '', phones: [], emails: [], profiles: [], vehicle: '', description: '' }, now + 180_000);

    const data = await gatherReportData({});
    expect(data.history[incident.id]).toEqual({ firstWrittenAt: now, lastChangedAt: now + 120_000, changes: 2 });
    expect(data.verification).toMatchObject({ ok: true, chain: { count: 4, problems: [] }, files: { check: 'hashed', count: 1 } });
    expect(data.people.map((person) => person.name)).toEqual(['M']);
  });

  it('says so when the history was tampered with', async () => {
    const incident = await addIncident(incidentInput(), now);
    await updateIncident(incident.id, incidentInput({ description: 'Ændret' }), now + 1);
    await database.revisions.update(1, { at: now - 86_400_000 });
    expect((await gatherReportData({})).verification.chain.problems).toEqual([{ kind: 'hash', seq: 1 }]);
  });
});
