import { beforeEach, describe, expect, it } from 'vitest';
import {
  addIncident, attachFile, eraseIncident, recordIssuedHead, removeAttachment, restoreIncident, saveCaseDetails, savePerson,
  trashIncident, updateIncident, verifyIncident, verifyLog, checkSealText,
} from '../../src/db';
import type { SporDatabase } from '../../src/db/schema';
import { revisionHashV1, revisionHashV2, contentHashOf } from '../../src/domain/integrity/recipes';
import { sealLine } from '../../src/domain/integrity/heads';
import { freshDatabase, incidentInput } from '../helpers/db';

const now = Date.UTC(2026, 10, 1, 12);
const bytes = (text: string) => new Blob([new TextEncoder().encode(text)], { type: 'text/plain' });

async function seed() {
  const first = await addIncident(incidentInput({ description: 'Han stod ved døren' }), now);
  await updateIncident(first.id, incidentInput({ description: 'Han stod ved døren i 20 minutter' }), now + 1);
  const file = await attachFile(first.id, bytes('screenshot one'), { fileName: 'sms.png', now: now + 2 });
  const second = await addIncident(incidentInput({ description: 'Opkald kl. 3' }), now + 3);
  await savePerson({ name: 'Mads', relation: 'ex', phones: ['12345678'], emails: [], profiles: [], vehicle: '', description: '' }, now + 4);
  await saveCaseDetails({ ownName: 'Anna', clearNoDate: '2026-01-02', clearNoNote: '', restrainingOrders: [] }, now + 5);
  return { first, second, file };
}

describe('verifyLog: the whole log against its history', () => {
  let database: SporDatabase;
  let seeded: Awaited<ReturnType<typeof seed>>;
  beforeEach(async () => {
    database = freshDatabase();
    seeded = await seed();
  });

  it('a clean log verifies clean, files re-hashed', async () => {
    const result = await verifyLog();
    expect(result.ok).toBe(true);
    expect(result.differences).toEqual([]);
    expect(result.chain).toMatchObject({ count: 6, problems: [] });
    expect(result.files).toEqual({ check: 'hashed', count: 1, bytes: 14 });
  });

  it('an edited stored row is named by record and field', async () => {
    await database.incidents.update(seeded.first.id, { description: 'Han kom aldrig' });
    const result = await verifyLog();
    expect(result.ok).toBe(false);
    expect(result.differences).toEqual([{ entity: 'incident', id: seeded.first.id, incidentId: seeded.first.id, problem: 'changed', field: 'description' }]);
    expect(result.chain.problems).toEqual([]);
  });

  it('a deleted row is missing; a row the history never wrote is unrecorded', async () => {
    await database.incidents.delete(seeded.second.id);
    await database.people.put({ id: 'forged', name: 'X', relation: '', phones: [], emails: [], profiles: [], vehicle: '', description: '', updatedAt: now, version: 1 });
    const result = await verifyLog();
    expect(result.differences).toEqual([
      { entity: 'incident', id: seeded.second.id, incidentId: seeded.second.id, problem: 'missing' },
      { entity: 'person', id: 'forged', problem: 'unrecorded' },
    ]);
  });

  it('deleting the last revision leaves a record the history does not explain', async () => {
    await database.revisions.delete(6);
    const result = await verifyLog();
    expect(result.chain.problems).toEqual([]);
    expect(result.differences).toEqual([{ entity: 'case', id: 'case', problem: 'unrecorded' }]);
  });

  it('an edited revision is caught by its content hash', async () => {
    await database.revisions.update(2, { changes: [{ field: 'description', after: 'rewritten' }] });
    expect((await verifyLog()).chain.problems).toEqual([{ kind: 'content', seq: 2 }]);
  });

  it('a chain recomputed after a head was handed out contradicts that head', async () => {
    const head = await verifyLog();
    await recordIssuedHead('report', { count: head.chain.count, hash: head.chain.headHash }, now + 10);
    // Rewrite entry 2 and recompute every hash after it with the published recipe: the chain itself walks clean.
    const revisions = await database.revisions.orderBy('seq').toArray();
    let prevHash = revisions[0]!.hash;
    for (const revision of revisions.slice(1)) {
      const changes = revision.seq === 2 ? [{ field: 'description', after: 'rewritten' }] : revision.changes;
      const body = { ...revision, changes, contentHash: contentHashOf(changes, revision.contentSalt!), prevHash };
      const { hash: _old, ...rest } = body;
      const hash = revisionHashV2(rest);
      await database.revisions.put({ ...rest, hash });
      prevHash = hash;
    }
    await database.incidents.update(seeded.first.id, { description: 'rewritten' });
    const result = await verifyLog();
    expect(result.chain.problems).toEqual([]);
    expect(result.differences).toEqual([]);
    expect(result.heads.problems).toMatchObject([{ problem: 'rewritten', head: { kind: 'report', count: 6 } }]);
    expect((await verifyIncident(seeded.first.id)).headProblems).toMatchObject([{ problem: 'rewritten', head: { kind: 'report' } }]);
    expect(result.ok).toBe(false);
  });

  it('a truncated chain contradicts a seal', async () => {
    const head = await verifyLog();
    const seal = `Spor ... ${sealLine(head.chain.count, head.chain.headHash)}`;
    expect(await checkSealText(seal)).toBe('matches');
    await database.revisions.delete(6);
    expect(await checkSealText(seal)).toBe('truncated');
    expect(await checkSealText('no seal here')).toBe('unreadable');
  });

  it('swapped and deleted file bytes are named', async () => {
    await database.fileChunks.put({ fileId: seeded.file.id, index: 0, bytes: new TextEncoder().encode('screenshot two').buffer });
    expect((await verifyLog()).differences).toEqual([{ entity: 'file', id: seeded.file.id, incidentId: seeded.first.id, problem: 'bytes' }]);
    // Start-up checks presence and size only: same size, so it is not seen there (documented).
    expect((await verifyLog({ files: 'present' })).differences).toEqual([]);
    await database.files.delete(seeded.file.id);
    expect((await verifyLog({ files: 'present' })).differences).toEqual([{ entity: 'file', id: seeded.file.id, incidentId: seeded.first.id, problem: 'missing' }]);
  });

  it('reports file progress in bytes', async () => {
    const seen: number[] = [];
    await verifyLog({ onProgress: (progress) => progress.stage === 'files' && seen.push(progress.done) });
    expect(seen.at(-1)).toBe(14);
  });

  it('the detail check names its own incident only', async () => {
    await database.incidents.update(seeded.first.id, { place: { text: 'Et andet sted' } });
    await database.incidents.update(seeded.second.id, { description: 'x' });
    const result = await verifyIncident(seeded.first.id);
    expect(result).toMatchObject({ entries: 3, brokenEntries: [], filesChecked: 1 });
    expect(result.differences).toEqual([{ entity: 'incident', id: seeded.first.id, incidentId: seeded.first.id, problem: 'changed', field: 'place' }]);
    await database.revisions.update(3, { at: now - 1 });
    expect((await verifyIncident(seeded.first.id)).brokenEntries).toEqual([3]);
  });

  it('a deleted row is still seen by the detail check from its history', async () => {
    await database.incidents.delete(seeded.first.id);
    const result = await verifyIncident(seeded.first.id);
    expect(result.differences).toContainEqual({ entity: 'incident', id: seeded.first.id, incidentId: seeded.first.id, problem: 'missing' });
  });
});

describe('delete for good', () => {
  let database: SporDatabase;
  beforeEach(() => {
    database = freshDatabase();
  });

  it('erases the incident, its files and its history content; the chain still verifies and shows the erasure', async () => {
    const { first, file } = await seed();
    await expect(eraseIncident(first.id, now + 20)).rejects.toThrow(/trash/);
    await trashIncident(first.id, now + 21);
    await eraseIncident(first.id, now + 22);
    expect(await database.incidents.get(first.id)).toBeUndefined();
    expect(await database.attachments.get(file.id)).toBeUndefined();
    expect(await database.files.get(file.id)).toBeUndefined();
    const about = await database.revisions.where('incidentId').equals(first.id).toArray();
    const erased = about.filter((revision) => revision.action !== 'erase');
    expect(erased.every((revision) => revision.changes.length === 0 && revision.contentSalt === undefined && revision.erasedAt === now + 22)).toBe(true);
    expect(JSON.stringify(about)).not.toContain('døren');
    expect(JSON.stringify(about)).not.toContain('sms.png');
    const result = await verifyLog();
    expect(result.ok).toBe(true);
    expect(result.chain.erasures).toEqual([{ seq: 8, at: now + 22, incidentId: first.id, erasedEntries: 4 }]);
  });

  it('content removed without an erase record is a problem', async () => {
    await seed();
    await database.revisions.update(4, { changes: [], erasedAt: now });
    expect((await verifyLog()).chain.problems).toEqual([{ kind: 'erasedWithoutRecord', seq: 4 }]);
  });

  it('recipe-1 revisions still verify by their recipe, and erase without being re-hashed', async () => {
    const incident = await addIncident(incidentInput({ description: 'old' }), now);
    // Rewrite the stored entry as the first release wrote it.
    const stored = (await database.revisions.get(1))!;
    const { recipe: _r, contentHash: _c, contentSalt: _s, hash: _h, ...body } = stored;
    const v1 = { ...body, hash: revisionHashV1(body) };
    await database.revisions.clear();
    await database.revisions.add(v1);
    await updateIncident(incident.id, incidentInput({ description: 'newer' }), now + 1);
    expect((await verifyLog()).ok).toBe(true);
    await database.revisions.update(1, { changes: [{ field: 'description', after: 'forged' }] });
    expect((await verifyLog()).chain.problems).toEqual([{ kind: 'hash', seq: 1 }]);
    await database.revisions.update(1, { changes: v1.changes });
    await trashIncident(incident.id, now + 2);
    await eraseIncident(incident.id, now + 3);
    const result = await verifyLog();
    expect(result.ok).toBe(true);
    expect(result.chain.unrecomputable).toBe(1);
    expect((await database.revisions.get(1))!.hash).toBe(v1.hash);
  });

  it('restore and remove keep the replay exact', async () => {
    const { first, file } = await seed();
    await trashIncident(first.id, now + 10);
    await restoreIncident(first.id, now + 11);
    await removeAttachment(file.id, now + 12);
    expect((await verifyLog()).ok).toBe(true);
  });
});
