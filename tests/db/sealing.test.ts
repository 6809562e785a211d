import { afterEach, describe, expect, it } from 'vitest';
import { freshDatabase, incidentInput } from '../helpers/db';
import { addIncident, attachFile, getAttachmentFile, getIncident, listIncidents, listRevisions, saveCaseDetails, saveDraft, loadDraft, savePerson, updateIncident, recordIssuedHead, listIssuedHeads, verifyLog, verifyHistory, getCaseDetails, listPeople, verifyIncident } from '../../src/db';
import { newDataKey } from '../../src/crypto/dataKey';
import { DecryptionError } from '../../src/crypto/sealed';
import { currentCipher, LockedError, TamperedRowError, useStoreCipher } from '../../src/db/sealing';
import { storeCipherFor } from '../../src/db/storeCipher';
import { saveKeyRing, loadKeyRing } from '../../src/db/lockKeys';
import { createKeyRing, newDeviceKey } from '../../src/crypto/keyRing';
import { changePasscode, setPasscode, unlockWithPasscode } from '../../src/crypto/passcodeRing';
import type { SporDatabase } from '../../src/db/schema';

const canary = 'KANARIE-7731';

/** Every row of every store, straight from IndexedDB (not through the app), as the text a reader of the disk could search. */
async function rawStores(database: SporDatabase): Promise<Record<string, Record<string, unknown>[]>> {
  const idb = database.backendDB();
  const stores: Record<string, Record<string, unknown>[]> = {};
  for (const name of [...idb.objectStoreNames]) {
    stores[name] = await new Promise((resolve, reject) => {
      const request = idb.transaction(name).objectStore(name).getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  }
  return stores;
}

function searchable(value: unknown): string {
  if (ArrayBuffer.isView(value) || Object.prototype.toString.call(value) === '[object ArrayBuffer]') {
    const bytes = Buffer.from(ArrayBuffer.isView(value) ? new Uint8Array(value.buffer, value.byteOffset, value.byteLength) : new Uint8Array(value as ArrayBuffer));
    return `${bytes.toString('latin1')} ${bytes.toString('utf8')}`;
  }
  if (value && typeof value === 'object') return Object.entries(value).map(([key, inner]) => `${key}:${searchable(inner)}`).join(' ');
  return String(value);
}

function expectNoCanary(text: string): void {
  for (const form of [canary, Buffer.from(canary).toString('base64').slice(0, 12), Buffer.from(canary).toString('hex')]) expect(text).not.toContain(form);
}

async function seedEverything(): Promise<string> {
  const base = incidentInput();
  const place = { ...base.place, text: `Nørrebrogade ${canary}` };
  const witnesses = [{ name: `Vidne ${canary}`, contact: '', note: '' }];
  const incident = await addIncident({ ...base, description: `Han stod ved døren. ${canary}`, place, witnesses });
  await updateIncident(incident.id, { ...base, description: `Rettet: ${canary}`, place, witnesses });
  await attachFile(incident.id, new File([`%PDF-1.4 ${canary} ${canary}`], 'brev.pdf', { type: 'application/pdf' }));
  await saveCaseDetails({ ownName: `Navn ${canary}`, clearNoDate: '2025-12-01', clearNoNote: `Sagde nej ${canary}`, restrainingOrders: [] });
  await savePerson({
    name: `Person ${canary}`, relation: 'ekskæreste', phones: ['12345678'], emails: [], profiles: [], vehicle: '', description: canary,
    photo: new Blob([`JFIF ${canary}`], { type: 'image/jpeg' }),
  });
  await saveDraft({ session: 's1', subject: 'incident:new' }, 'form', { narrative: `Kladde ${canary}` });
  const history = await verifyHistory();
  await recordIssuedHead('seal', { count: history.count, hash: history.headHash });
  return incident.id;
}

describe('encryption at rest (the sealing middleware)', () => {
  afterEach(async () => useStoreCipher(storeCipherFor(await newDataKey())));

  it('round-trips every kind of record, and IndexedDB holds only ids, counters, history links and ciphertext', async () => {
    const database = freshDatabase();
    const id = await seedEverything();
    expect((await getCaseDetails())?.clearNoNote).toBe(`Sagde nej ${canary}`);
    expect((await listPeople())[0]?.description).toBe(canary);
    expect((await getIncident(id))?.description).toBe(`Rettet: ${canary}`);
    expect(await listIncidents({ text: 'rettet' })).toHaveLength(1);
    expect((await loadDraft<{ narrative: string }>({ session: 's1', subject: 'incident:new' }, 'form'))?.value.narrative).toBe(`Kladde ${canary}`);
    expect(await listIssuedHeads()).toMatchObject([{ id: 1, kind: 'seal', count: (await verifyHistory()).count }]);
    const [attachment] = (await getIncident(id))!.attachmentIds;
    expect(await (await getAttachmentFile(attachment!)).text()).toContain(canary);
    expect((await verifyLog()).ok).toBe(true);

    const stores = await rawStores(database);
    expectNoCanary(searchable(stores));
    expect(Object.keys(stores.incidents![0]!).sort()).toEqual(['id', 'sealed', 'trashed', 'version']);
    expect(Object.keys(stores.attachments![0]!).sort()).toEqual(['id', 'incidentId', 'sealed', 'version']);
    expect(Object.keys(stores.revisions![0]!)).not.toContain('changes');
    expect(Object.keys(stores.drafts![0]!).sort()).toEqual(['id', 'sealed', 'session', 'subject']);
    expect(Object.keys(stores.heads![0]!).sort()).toEqual(['id', 'sealed']);
    // No index reveals times, kinds or file hashes.
    for (const store of ['incidents', 'attachments', 'heads']) {
      expect(database.table(store).schema.indexes.map((index) => index.name)).not.toEqual(expect.arrayContaining(['kind', 'sha256', 'issuedAt', 'updatedAt']));
    }
  });

  it('fails loudly when a sealed row is changed, moved to another id, or its visible fields are edited', async () => {
    const database = freshDatabase();
    const id = await seedEverything();
    const idb = database.backendDB();
    const stored = await new Promise<Record<string, unknown> & { sealed: Uint8Array }>((resolve) => {
      const request = idb.transaction('incidents').objectStore('incidents').get(id);
      request.onsuccess = () => resolve(request.result);
    });
    const put = (row: object) =>
      new Promise<void>((resolve) => {
        const transaction = idb.transaction('incidents', 'readwrite');
        transaction.objectStore('incidents').put(row);
        transaction.oncomplete = () => resolve();
      });
    const flipped = new Uint8Array(stored.sealed);
    flipped[20] ^= 1;
    await put({ ...stored, sealed: flipped });
    await expect(getIncident(id)).rejects.toBeInstanceOf(DecryptionError);
    await put({ ...stored, id: 'another' });
    await expect(getIncident('another')).rejects.toBeInstanceOf(DecryptionError);
    await put({ ...stored, trashed: 1 });
    await expect(getIncident(id)).rejects.toBeInstanceOf(TamperedRowError);
    await put({ id, trashed: 0, version: 2, narrative: 'planted in plain' });
    await expect(getIncident(id)).rejects.toBeInstanceOf(TamperedRowError);
  });

  it('the log check names a row or history entry that does not open, instead of failing or passing it over', async () => {
    const database = freshDatabase();
    const id = await seedEverything();
    const other = await addIncident(incidentInput());
    const idb = database.backendDB();
    const raw = <T>(store: string, key: IDBValidKey) =>
      new Promise<T>((resolve) => {
        const request = idb.transaction(store).objectStore(store).get(key);
        request.onsuccess = () => resolve(request.result);
      });
    const put = (store: string, row: object) =>
      new Promise<void>((resolve) => {
        const transaction = idb.transaction(store, 'readwrite');
        transaction.objectStore(store).put(row);
        transaction.oncomplete = () => resolve();
      });
    const first = await raw<{ sealed: Uint8Array }>('incidents', id);
    await put('incidents', { ...(await raw<object>('incidents', other.id)), sealed: first.sealed });
    const entry = await raw<{ sealed: Uint8Array; at: number }>('revisions', 2);
    await put('revisions', { ...entry, at: entry.at + 1 });

    const verification = await verifyLog();
    expect(verification.ok).toBe(false);
    expect(verification.differences).toContainEqual({ entity: 'incident', id: other.id, problem: 'unreadable' });
    expect(verification.differences.filter((difference) => difference.id === other.id)).toHaveLength(1);
    expect(verification.chain.problems).toContainEqual({ kind: 'unreadable', seq: 2 });
    expect(verification.chain.problems.some((problem) => problem.kind === 'sequence')).toBe(false);
    expect((await verifyIncident(id)).brokenEntries).toContain(2);
    // The timeline leaves the unreadable row out rather than failing whole.
    expect((await listIncidents()).map((incident) => incident.id)).toEqual([id]);
  });

  it('reads and writes nothing while locked, except the lock’s own keys', async () => {
    freshDatabase();
    const id = await seedEverything();
    const { ring } = await createKeyRing(await newDeviceKey());
    await saveKeyRing(ring);
    useStoreCipher(undefined);
    await expect(getIncident(id)).rejects.toBeInstanceOf(LockedError);
    await expect(listRevisions(id)).rejects.toBeInstanceOf(LockedError);
    await expect(addIncident(incidentInput())).rejects.toBeInstanceOf(LockedError);
    expect((await loadKeyRing())?.wraps).toHaveLength(1);
  });

  it('a passcode change re-wraps the same data key: every record stays readable, nothing is re-encrypted', async () => {
    const database = freshDatabase();
    const derive = async (passcode: string) => new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(passcode)));
    const dataKey = await newDataKey();
    useStoreCipher(storeCipherFor(dataKey));
    const id = await seedEverything();
    const before = JSON.stringify(searchable(await rawStores(database)));
    const { ring } = await setPasscode(dataKey, 'first passcode', derive);
    const changed = await changePasscode(ring, dataKey, 'second passcode', derive);
    useStoreCipher(undefined);
    useStoreCipher(storeCipherFor(await unlockWithPasscode(changed, 'second passcode', derive)));
    expect((await getIncident(id))?.description).toBe(`Rettet: ${canary}`);
    expect(JSON.stringify(searchable(await rawStores(database)))).toBe(before);
  });

  it('binds each file chunk to its place: a chunk swapped in from another file fails', async () => {
    const database = freshDatabase();
    const id = await seedEverything();
    const other = await attachFile(id, new File(['another file'], 'b.txt', { type: 'text/plain' }));
    const [first] = (await getIncident(id))!.attachmentIds;
    const idb = database.backendDB();
    const chunkOf = (fileId: string) =>
      new Promise<{ bytes: ArrayBuffer }>((resolve) => {
        const request = idb.transaction('fileChunks').objectStore('fileChunks').get([fileId, 0]);
        request.onsuccess = () => resolve(request.result);
      });
    const swapped = await chunkOf(other.id);
    await new Promise<void>((resolve) => {
      const transaction = idb.transaction('fileChunks', 'readwrite');
      transaction.objectStore('fileChunks').put({ fileId: first, index: 0, bytes: swapped.bytes });
      transaction.oncomplete = () => resolve();
    });
    await expect(getAttachmentFile(first!)).rejects.toBeInstanceOf(DecryptionError);
    expect(currentCipher()).toBeDefined();
  });
});
