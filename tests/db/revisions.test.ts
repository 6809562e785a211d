import { beforeEach, describe, expect, it } from 'vitest';
import { addIncident, saveCaseDetails, trashIncident, updateIncident, verifyHistory } from '../../src/db';
import type { SporDatabase } from '../../src/db/schema';
import { genesisHash } from '../../src/db/revisions';
import { freshDatabase, incidentInput } from '../helpers/db';

const now = Date.UTC(2026, 10, 1, 12);

describe('revision history', () => {
  let database: SporDatabase;
  beforeEach(async () => {
    database = freshDatabase();
    const incident = await addIncident(incidentInput({ description: 'Han stod ved hoveddøren' }), now);
    await updateIncident(incident.id, incidentInput({ description: 'Han stod ved hoveddøren i 20 minutter' }), now + 1);
    await saveCaseDetails({ ownName: 'Anna', clearNoDate: '2026-01-02', clearNoNote: '', restrainingOrders: [] }, now + 2);
    await trashIncident(incident.id, now + 3);
  });

  it('chains every create, edit, save and delete by SHA-256 from a genesis hash', async () => {
    const revisions = await database.revisions.orderBy('seq').toArray();
    expect(revisions.map((revision) => revision.action)).toEqual(['create', 'edit', 'save', 'delete']);
    expect(revisions[0].prevHash).toBe(genesisHash);
    revisions.slice(1).forEach((revision, index) => expect(revision.prevHash).toBe(revisions[index].hash));
    expect(await verifyHistory()).toEqual({ ok: true, count: 4, headHash: revisions[3].hash });
  });

  it('a tampered revision is detected', async () => {
    await database.revisions.update(2, { changes: [{ field: 'description', before: 'x', after: 'rewritten' }] });
    expect(await verifyHistory()).toMatchObject({ ok: false, brokenAt: 2 });
  });

  it('a removed revision is detected', async () => {
    await database.revisions.delete(2);
    expect(await verifyHistory()).toMatchObject({ ok: false, brokenAt: 3 });
  });

  it('a revision re-hashed after tampering is still caught by the next link', async () => {
    const { revisionHashV2 } = await import('../../src/domain/integrity/recipes');
    const second = (await database.revisions.get(2))!;
    const { hash: _old, ...body } = { ...second, at: second.at - 86_400_000 };
    await database.revisions.put({ ...body, hash: revisionHashV2(body) });
    expect(await verifyHistory()).toMatchObject({ ok: false, brokenAt: 3 });
  });
});
