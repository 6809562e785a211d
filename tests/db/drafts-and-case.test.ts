import { beforeEach, describe, expect, it } from 'vitest';
import { discardDraft, getCaseDetails, listPeople, listRevisions, loadDraft, removePerson, saveCaseDetails, saveDraft, savePerson } from '../../src/db';
import { freshDatabase } from '../helpers/db';

describe('drafts', () => {
  beforeEach(() => {
    freshDatabase();
  });

  it('a draft with a pending file comes back after the app is reopened, until discarded', async () => {
    const photo = new Blob([new Uint8Array([1, 2, 3])], { type: 'image/jpeg' });
    await saveDraft('incident:new', { description: 'Bil parkeret udenfor', files: [{ blob: photo, name: 'a.jpg' }] }, 42);
    const draft = await loadDraft<{ description: string; files: { blob: Blob; name: string }[] }>('incident:new');
    expect(draft?.savedAt).toBe(42);
    expect(draft?.value.description).toBe('Bil parkeret udenfor');
    expect(new Uint8Array(await draft!.value.files[0].blob.arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]));
    await discardDraft('incident:new');
    expect(await loadDraft('incident:new')).toBeUndefined();
  });
});

describe('the case', () => {
  beforeEach(() => {
    freshDatabase();
  });

  it('starts empty, saves details and records the change', async () => {
    expect(await getCaseDetails()).toMatchObject({ ownName: '', restrainingOrders: [] });
    const order = { issuedOn: '2026-03-01', expiresOn: '2031-03-01', journalNumber: '0100-12345-00001-26', note: '' };
    await saveCaseDetails({ ownName: 'Anna', clearNoDate: '2026-01-02', clearNoNote: 'SMS', restrainingOrders: [order] }, 10);
    expect(await getCaseDetails()).toEqual({ ownName: 'Anna', clearNoDate: '2026-01-02', clearNoNote: 'SMS', restrainingOrders: [order], updatedAt: 10 });
  });

  it('keeps people of concern with several numbers, and records their removal', async () => {
    const person = await savePerson({
      name: 'Jens', relation: 'Ekskæreste', phones: ['+45 11 22 33 44', '22 33 44 55'], emails: ['j@example.dk'], profiles: ['@jens'],
      vehicle: 'Grå Skoda', description: '', photo: new Blob([new Uint8Array([9])], { type: 'image/png' }), photoType: 'image/png',
    }, 5);
    expect((await listPeople()).map((stored) => stored.phones)).toEqual([['+45 11 22 33 44', '22 33 44 55']]);
    await removePerson(person.id, 6);
    expect(await listPeople()).toEqual([]);
    const actions = (await listRevisions()).map((revision) => `${revision.entity}:${revision.action}`);
    expect(actions).toEqual(['person:create', 'person:delete']);
    // History records a photo by its size, never its bytes.
    expect((await listRevisions())[0].changes.find((change) => change.field === 'photo')?.after).toEqual({ blobSize: 1 });
  });
});
