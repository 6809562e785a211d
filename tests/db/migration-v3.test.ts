import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { useDatabase } from '../../src/db/database';
import { sessionBeforeSessions } from '../../src/db/migrations';
import { SporDatabase } from '../../src/db/schema';
import { getCaseDetails, getIncident, listAttachments, listDrafts, listPeople, loadDraft, updateIncident, verifyHistory } from '../../src/db';
import { incidentInput } from '../helpers/db';

/** Writes rows as versions 1 and 2 stored them (no version counters, one draft key per editor) with Dexie at version 2. */
async function deviceAtVersion2(name: string) {
  const old = new Dexie(name);
  old.version(1).stores({
    incidents: 'id, [trashed+occurredAt], kind, updatedAt', attachments: 'id, incidentId, sha256', files: 'id', people: 'id',
    caseDetails: 'id', drafts: 'id', revisions: 'seq, entityId, incidentId', settings: 'key',
  });
  old.version(2).stores({ heads: '++id, issuedAt' });
  const edited = { ...incidentInput({ description: 'edited twice' }), id: 'inc-1', attachmentIds: ['att-1'], createdAt: 1, updatedAt: 3, trashed: 0 };
  const fresh = { ...incidentInput(), id: 'inc-2', attachmentIds: [], createdAt: 4, updatedAt: 4, trashed: 0 };
  await old.table('incidents').bulkAdd([edited, fresh]);
  await old.table('attachments').add({ id: 'att-1', incidentId: 'inc-1', fileName: 'a.jpg', mimeType: 'image/jpeg', size: 1, sha256: 'ab', addedAt: 2 });
  await old.table('people').add({ id: 'p-1', name: 'Jens', relation: '', phones: [], emails: [], profiles: [], vehicle: '', description: '', updatedAt: 5 });
  await old.table('caseDetails').add({ id: 'case', ownName: 'Anna', clearNoDate: '', clearNoNote: '', restrainingOrders: [], updatedAt: 6 });
  const revision = (seq: number, entity: string, entityId: string, action: string) => ({ seq, at: seq, action, entity, entityId, changes: [], prevHash: '', hash: '' });
  await old.table('revisions').bulkAdd([
    revision(1, 'incident', 'inc-1', 'create'), revision(2, 'attachment', 'att-1', 'attach'), revision(3, 'incident', 'inc-1', 'edit'),
    revision(4, 'incident', 'inc-1', 'edit'), revision(5, 'person', 'p-1', 'create'), revision(6, 'case', 'case', 'save'),
    // inc-2 has no revision (written before history existed): its version is 1.
  ]);
  const photo = new Blob([new Uint8Array([1, 2, 3])], { type: 'image/jpeg' });
  await old.table('drafts').bulkAdd([
    { id: 'incident:new', value: { description: 'half-written before the update' }, savedAt: 10 },
    { id: 'incident:new:files', value: [{ key: 'f-1', blob: photo, name: 'a.jpg', type: 'image/jpeg', lastModified: 1 }], savedAt: 11 },
    { id: 'incident:inc-1', value: { description: 'an edit not saved yet' }, savedAt: 12 },
  ]);
  old.close();
}

describe('upgrading a phone from schema version 2 to 3', () => {
  it('gives every record its number of revisions as version (at least 1) and keeps the history valid', async () => {
    const name = `migration-v3-${process.pid}-a`;
    await deviceAtVersion2(name);
    useDatabase(new SporDatabase(name, { sealed: false }));
    expect((await getIncident('inc-1'))?.version).toBe(3);
    expect((await getIncident('inc-2'))?.version).toBe(1);
    expect((await listAttachments('inc-1')).map((attachment) => attachment.version)).toEqual([1]);
    expect((await listPeople()).map((person) => person.version)).toEqual([1]);
    expect((await getCaseDetails()).version).toBe(1);
    // The next edit counts on from there.
    expect((await updateIncident('inc-2', incidentInput({ description: 'after the upgrade' }), Date.UTC(2026, 0, 16))).version).toBe(2);
  });

  it('keeps a new-incident draft as a draft, with its files and the id it will be saved under, adoptable by any tab', async () => {
    const name = `migration-v3-${process.pid}-b`;
    await deviceAtVersion2(name);
    useDatabase(new SporDatabase(name, { sealed: false }));
    const [newDraft] = await listDrafts('new-incident:');
    expect(newDraft).toMatchObject({ session: sessionBeforeSessions, savedAt: 11 });
    expect(newDraft!.subject).toMatch(/^new-incident:[0-9a-f-]{36}$/);
    expect(await loadDraft(newDraft!, 'form')).toEqual({ value: { form: { description: 'half-written before the update' }, baseVersion: 0 }, savedAt: 10 });
    const files = await loadDraft<{ name: string; blob: Blob }[]>(newDraft!, 'files');
    expect(files!.value.map((file) => file.name)).toEqual(['a.jpg']);
    expect(new Uint8Array(await files!.value[0]!.blob.arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]));
    // An edit's draft is based on the version stored when the phone was upgraded.
    const edit = { session: sessionBeforeSessions, subject: 'incident:inc-1' };
    expect(await loadDraft(edit, 'form')).toEqual({ value: { form: { description: 'an edit not saved yet' }, baseVersion: 3 }, savedAt: 12 });
    expect((await verifyHistory()).count).toBe(6);
  });
});
