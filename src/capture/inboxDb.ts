// The share inbox's own small database, `spor-inbox`, opened by both the service worker (which writes shares into it)
// and the app (which reads and empties it). Raw IndexedDB, so the service worker stays small and the app's Dexie schema
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

function request<T>(pending: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    pending.onsuccess = () => resolve(pending.result);
    pending.onerror = () => reject(pending.error);
  });
}

function openInbox(): Promise<IDBDatabase> {
  const opening = indexedDB.open(inboxDatabaseName, 1);
  opening.onupgradeneeded = () => {
    opening.result.createObjectStore('keys', { keyPath: 'id' });
    opening.result.createObjectStore('shares', { keyPath: 'id' });
  };
  return request(opening);
}

/** One request in its own transaction, which has committed (durably) when the promise resolves. */
async function inStore<T>(store: 'keys' | 'shares', mode: IDBTransactionMode, use: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
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
export const putShare = (row: ShareRow) => inStore('shares', 'readwrite', (store) => store.put(row)).then(() => undefined);
export const getShare = (id: string) => inStore('shares', 'readonly', (store) => store.get(id) as IDBRequest<ShareRow | undefined>);
export const deleteShare = (id: string) => inStore('shares', 'readwrite', (store) => store.delete(id)).then(() => undefined);

/** Deletes the whole inbox (delete everything on this phone). */
export function deleteInbox(): Promise<void> {
  return new Promise((resolve, reject) => {
    const deleting = indexedDB.deleteDatabase(inboxDatabaseName);
    deleting.onsuccess = () => resolve();
    deleting.onerror = () => reject(deleting.error);
  });
}
