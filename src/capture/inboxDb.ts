// The share inbox's own small database, `spor-inbox`, opened by both the service worker (which writes shares into it)
// and the app (which reads and empties it). Since version 2 it also holds pieces of recordings made while the app is
// locked (src/capture/lockedRecording.ts), sealed the same way, until the next unlock moves them into the log. Raw IndexedDB, so the service worker stays small and the app's Dexie schema
// is not involved. Only sealed bytes and opaque ids are stored here (src/crypto/inboxSeal.ts); ArrayBuffers, never
// Blobs (WebKit's private sessions refuse Blobs).

export const inboxDatabaseName = 'spor-inbox';

/** The inbox's key pair: the public half for the service worker, the private half sealed by the data key. */
export interface InboxKeyRow {
  id: 'inbox';
  publicKey: ArrayBuffer;
  sealedPrivateKey: ArrayBuffer;
}

/** One share, sealed: part 0 describes it (text, title, link, file names), the others are its files. */
export interface ShareRow {
  id: string;
  ephemeralPublicKey: ArrayBuffer;
  parts: ArrayBuffer[];
}

/**
 * A recording's part sealed to the inbox key while the app was locked: `index` -1 describes the recording (when it
 * was started locked), 0 and up are its pieces. Only the recording's opaque id and the piece's number are readable.
 */
export interface LockedRecordingRow {
  recordingId: string;
  index: number;
  ephemeralPublicKey: ArrayBuffer;
  parts: ArrayBuffer[];
}

function request<T>(pending: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    pending.onsuccess = () => resolve(pending.result);
    pending.onerror = () => reject(pending.error);
  });
}

function openInbox(): Promise<IDBDatabase> {
  // Version 2 adds `recordings`. Trade-off: a service worker of an older version (it opens version 1) cannot open the
  // inbox until it updates, and says "not ready" to a share meanwhile.
  const opening = indexedDB.open(inboxDatabaseName, 2);
  opening.onupgradeneeded = (event) => {
    if (event.oldVersion < 1) {
      opening.result.createObjectStore('keys', { keyPath: 'id' });
      opening.result.createObjectStore('shares', { keyPath: 'id' });
    }
    opening.result.createObjectStore('recordings', { keyPath: ['recordingId', 'index'] });
  };
  return request(opening);
}

/** One request in its own transaction, which has committed (durably) when the promise resolves. */
async function inStore<T>(store: 'keys' | 'shares' | 'recordings', mode: IDBTransactionMode, use: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const database = await openInbox();
  try {
    const transaction = database.transaction(store, mode, { durability: 'strict' });
    const result = request(use(transaction.objectStore(store)));
    await new Promise<void>((resolve, reject) => {
      transaction.oncomplete = () => resolve();
      transaction.onerror = () => reject(transaction.error);
      transaction.onabort = () => reject(transaction.error);
    });
    return await result;
  } finally {
    database.close();
  }
}

export const readInboxKey = () => inStore('keys', 'readonly', (store) => store.get('inbox') as IDBRequest<InboxKeyRow | undefined>);
export const writeInboxKey = (row: InboxKeyRow) => inStore('keys', 'readwrite', (store) => store.put(row)).then(() => undefined);
/** Every share's id (the alarm files the ones it sealed while locked, `alarm:<id>`, at the next unlock). */
export const listShareIds = () => inStore('shares', 'readonly', (store) => store.getAllKeys() as IDBRequest<string[]>);
export const putShare = (row: ShareRow) => inStore('shares', 'readwrite', (store) => store.put(row)).then(() => undefined);
export const getShare = (id: string) => inStore('shares', 'readonly', (store) => store.get(id) as IDBRequest<ShareRow | undefined>);
export const deleteShare = (id: string) => inStore('shares', 'readwrite', (store) => store.delete(id)).then(() => undefined);

const partsOf = (recordingId: string) => IDBKeyRange.bound([recordingId, -Infinity], [recordingId, Infinity]);
export const putLockedRecordingRow = (row: LockedRecordingRow) => inStore('recordings', 'readwrite', (store) => store.put(row)).then(() => undefined);
/** A recording's rows in the inbox, its description (-1) first, then its pieces in order. */
export const lockedRecordingRows = (recordingId: string) =>
  inStore('recordings', 'readonly', (store) => store.getAll(partsOf(recordingId)) as IDBRequest<LockedRecordingRow[]>);
export const deleteLockedRecordingRow = (recordingId: string, index: number) =>
  inStore('recordings', 'readwrite', (store) => store.delete([recordingId, index])).then(() => undefined);
/** The ids of recordings with anything in the inbox. */
export async function lockedRecordingIds(): Promise<string[]> {
  const keys = (await inStore('recordings', 'readonly', (store) => store.getAllKeys())) as [string, number][];
  return [...new Set(keys.map(([recordingId]) => recordingId))];
}

/** Deletes the whole inbox (delete everything on this phone). */
export function deleteInbox(): Promise<void> {
  return new Promise((resolve, reject) => {
    const deleting = indexedDB.deleteDatabase(inboxDatabaseName);
    deleting.onsuccess = () => resolve();
    deleting.onerror = () => reject(deleting.error);
  });
}
