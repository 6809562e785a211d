import { beforeEach, describe, expect, it } from 'vitest';
import { adoptDraft, ConflictError, discardDraft, getCaseDetails, listDrafts, ValidationError, listPeople, listRevisions, loadDraft, removePerson, saveCaseDetails, saveDraft, savePerson } from '../../src/db';
import { removeUnlinkedFiles } from '../../src/db/unlinkedFiles';
import { listFileIds } from '../../src/db/fileBytes';
import { toStoredBytes } from '../../src/db/rowBytes';
import { db } from '../../src/db/database';
import { peekDraft } from '../../src/db/drafts';
import { freshDatabase } from '../helpers/db';

describe('drafts', () => {
  beforeEach(() => {
    freshDatabase();
  });

  const mine = { session: 'tab-a', subject: 'new-incident:1' };
  const theirs = { session: 'tab-b', subject: 'new-incident:2' };

  it('a draft with a pending file comes back after the app is reopened, until discarded', async () => {
    const photo = new Blob([new Uint8Array([1, 2, 3])], { type: 'image/jpeg' });
    await saveDraft(mine, 'form', { description: 'Bil parkeret udenfor' }, 42);
    await saveDraft(mine, 'files', [{ blob: photo, name: 'a.jpg' }], 43);
    const draft = await loadDraft<{ description: string }>(mine, 'form');
    expect(draft).toEqual({ value: { description: 'Bil parkeret udenfor' }, savedAt: 42 });
    const files = await loadDraft<{ blob: Blob; name: string }[]>(mine, 'files');
    expect(new Uint8Array(await files!.value[0]!.blob.arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]));
    expect(await listDrafts('new-incident:')).toEqual([{ ...mine, savedAt: 43 }]);
    await discardDraft(mine);
    expect(await loadDraft(mine, 'form')).toBeUndefined();
    expect(await loadDraft(mine, 'files')).toBeUndefined();
  });

  it('keeps a picked file as a stored file the row names (not bytes in the row), written once while it stays picked', async () => {
    const video = new Blob([new Uint8Array(300_000).fill(7)], { type: 'video/mp4' });
    await saveDraft(mine, 'files', [{ blob: video, name: 'v.mp4' }], 1);
    const [stored] = await listFileIds();
    expect(stored).toMatch(/^draft-file-/);
    const row = await db.drafts.get(`${mine.session}|${mine.subject}|files`);
    expect(row!.value).toEqual([{ blob: { storedFile: stored, type: 'video/mp4', size: video.size }, name: 'v.mp4' }]);
    // Lists that only ask whether a draft holds files read no bytes.
    expect(await peekDraft(mine, 'files')).toEqual({ value: row!.value, savedAt: 1 });
    // Autosave again with the same file, and again after reading the draft back: still the one stored copy.
    await saveDraft(mine, 'files', [{ blob: video, name: 'v.mp4' }, { blob: new Blob(['x']), name: 'x.txt' }], 2);
    const back = await loadDraft<{ blob: Blob; name: string }[]>(mine, 'files');
    expect(back!.value[0]!.blob.type).toBe('video/mp4');
    expect(Buffer.from(await back!.value[0]!.blob.arrayBuffer()).equals(Buffer.alloc(video.size, 7))).toBe(true);
    await saveDraft(mine, 'files', back!.value, 3);
    expect(await listFileIds()).toHaveLength(2);
    expect(await listFileIds()).toContain(stored);
    // A file taken out of the draft goes; discarding the draft takes the rest.
    await saveDraft(mine, 'files', back!.value.slice(1), 4);
    expect(await listFileIds()).not.toContain(stored);
    expect(await listFileIds()).toHaveLength(1);
    await discardDraft(mine);
    expect(await listFileIds()).toEqual([]);
  });

  it('the clean-up at start keeps files drafts name and removes those no draft names any more', async () => {
    await saveDraft(mine, 'files', [{ blob: new Blob(['kept']), name: 'a' }], 1);
    await saveDraft(theirs, 'files', [{ blob: new Blob(['dropped']), name: 'b' }], 2);
    expect(await listFileIds()).toHaveLength(2);
    expect(await removeUnlinkedFiles()).toBe(0);
    // As a crash between the row's removal and the files' would leave it: the row gone, its file still there.
    await db.drafts.delete(`${theirs.session}|${theirs.subject}|files`);
    expect(await removeUnlinkedFiles()).toBe(1);
    expect(await listFileIds()).toHaveLength(1);
    const files = await loadDraft<{ blob: Blob }[]>(mine, 'files');
    expect(await files!.value[0]!.blob.text()).toBe('kept');
  });

  it('reads back a draft written before files were stored apart (its bytes inside the row)', async () => {
    const photo = new Blob([new Uint8Array([9, 8, 7])], { type: 'image/png' });
    await db.drafts.put({ id: `${mine.session}|${mine.subject}|files`, ...mine, part: 'files', value: [{ blob: await toStoredBytes(photo), name: 'p.png' }], savedAt: 7 });
    const files = await loadDraft<{ blob: Blob; name: string }[]>(mine, 'files');
    expect(files!.value[0]!.name).toBe('p.png');
    expect(files!.value[0]!.blob.type).toBe('image/png');
    expect(new Uint8Array(await files!.value[0]!.blob.arrayBuffer())).toEqual(new Uint8Array([9, 8, 7]));
    await discardDraft(mine);
    expect(await loadDraft(mine, 'files')).toBeUndefined();
  });

  it('two sessions keep their own drafts: discarding one leaves the other', async () => {
    await saveDraft(mine, 'form', { description: 'mine' }, 1);
    await saveDraft(theirs, 'form', { description: 'theirs' }, 2);
    await saveDraft({ session: 'tab-b', subject: mine.subject }, 'form', { description: 'theirs, same subject' }, 3);
    await discardDraft(mine);
    expect((await listDrafts()).map(({ session, subject }) => `${session} ${subject}`)).toEqual(['tab-b new-incident:1', 'tab-b new-incident:2']);
    expect(await loadDraft(theirs, 'form')).toMatchObject({ value: { description: 'theirs' } });
  });

  it('a draft left by a closed session is adopted once, with all its parts', async () => {
    await saveDraft(theirs, 'form', { description: 'left behind' }, 5);
    await saveDraft(theirs, 'files', [], 6);
    expect(await adoptDraft(theirs, 'tab-c')).toBe(true);
    expect(await adoptDraft(theirs, 'tab-d')).toBe(false);
    expect(await loadDraft({ session: 'tab-c', subject: theirs.subject }, 'form')).toEqual({ value: { description: 'left behind' }, savedAt: 5 });
    expect(await listDrafts()).toEqual([{ session: 'tab-c', subject: theirs.subject, savedAt: 6 }]);
  });
});

describe('the case', () => {
  beforeEach(() => {
    freshDatabase();
  });

  it('starts empty, saves details and records the change', async () => {
    expect(await getCaseDetails()).toMatchObject({ ownName: '', restrainingOrders: [] });
    const order = { issuedOn: '2026-03-01', expiresOn: '2031-03-01', journalNumber: '0100-12345-00001-26', note: '' };
    await saveCaseDetails({ ownName: 'Anna', clearNoDate: '2026-01-02', clearNoNote: 'SMS', restrainingOrders: [order] }, Date.UTC(2026, 5, 1));
    expect(await getCaseDetails()).toEqual({ ownName: 'Anna', clearNoDate: '2026-01-02', clearNoNote: 'SMS', restrainingOrders: [order], trustedPeople: [], updatedAt: Date.UTC(2026, 5, 1), version: 1 });
  });

  it('refuses a clear no in the future and an order that expires before it was issued, whoever calls', async () => {
    const now = Date.UTC(2026, 5, 1, 12);
    const future = { ownName: '', clearNoDate: '2026-06-02', clearNoNote: '', restrainingOrders: [] };
    await expect(saveCaseDetails(future, now)).rejects.toBeInstanceOf(ValidationError);
    const backwards = { ...future, clearNoDate: '', restrainingOrders: [{ issuedOn: '2026-03-01', expiresOn: '2026-02-01', journalNumber: '', note: '' }] };
    await expect(saveCaseDetails(backwards, now)).rejects.toMatchObject({ problems: [{ field: 'case-order-1-expiresOn', params: { number: 1 } }] });
    expect(await getCaseDetails()).toMatchObject({ version: 0, clearNoDate: '' });
    expect(await listRevisions()).toEqual([]);
  });

  it('keeps trusted people with their numbers and alarm choice, drops empty rows, refuses a number that cannot get a text', async () => {
    const now = Date.UTC(2026, 5, 1, 12);
    const details = { ownName: '', clearNoDate: '', clearNoNote: '', restrainingOrders: [] };
    const søs = { name: 'Søs', phone: '20 30 40 50', getsAlarmText: true };
    const bo = { name: 'Bo', phone: '+46 70 123 45 67', getsAlarmText: false };
    await saveCaseDetails({ ...details, trustedPeople: [søs, { name: ' ', phone: '', getsAlarmText: true }, bo] }, now);
    expect((await getCaseDetails()).trustedPeople).toEqual([søs, bo]);
    const wrong = { ...details, trustedPeople: [søs, { name: 'Ida', phone: '1234', getsAlarmText: true }, { name: '', phone: '20304050', getsAlarmText: true }] };
    await expect(saveCaseDetails(wrong, now)).rejects.toMatchObject({ problems: [
      { field: 'case-trusted-2-phone', message: 'case.error.trustedPhoneInvalid', params: { number: 2 } },
      { field: 'case-trusted-3-name', message: 'case.error.trustedNameMissing', params: { number: 3 } },
    ] });
    expect((await getCaseDetails()).trustedPeople).toEqual([søs, bo]);
    const revision = (await listRevisions()).at(-1)!;
    expect(revision.changes).toContainEqual({ field: 'trustedPeople', after: [søs, bo] });
  });

  it('reads a case record saved before trusted people existed as having none', async () => {
    const database = freshDatabase();
    await database.caseDetails.put({ id: 'case', ownName: 'Anna', clearNoDate: '', clearNoNote: '', restrainingOrders: [], updatedAt: 1, version: 1 });
    expect((await getCaseDetails()).trustedPeople).toEqual([]);
  });

  it('counts versions and refuses a save based on an older one', async () => {
    const details = { ownName: 'Anna', clearNoDate: '', clearNoNote: '', restrainingOrders: [] };
    await saveCaseDetails(details, 1, 0);
    await saveCaseDetails({ ...details, ownName: 'Anna J.' }, 2, 1);
    await expect(saveCaseDetails({ ...details, ownName: 'Anna Jensen' }, 3, 1)).rejects.toBeInstanceOf(ConflictError);
    expect(await getCaseDetails()).toMatchObject({ ownName: 'Anna J.', version: 2 });
    const person = await savePerson({ name: 'Jens', relation: '', phones: [], emails: [], profiles: [], vehicle: '', description: '' }, 1, 0);
    expect(person.version).toBe(1);
    await expect(savePerson({ ...person, name: 'Jens B.' }, 2, 0)).rejects.toBeInstanceOf(ConflictError);
    expect((await savePerson({ ...person, name: 'Jens B.' }, 2, 1)).version).toBe(2);
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
