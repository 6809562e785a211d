// Finds a browser session that will not keep Spor's data: WebKit's private sessions (Safari's Private Browsing, and
// the ephemeral sessions of its automation) refuse to store a Blob in IndexedDB, and a browser that refuses storage
// altogether fails to open it. Spor itself stores no Blobs (it works there for the session), so a refused Blob is
// the sign, not a problem. Chromium's incognito and Firefox's private windows give no such sign and are not detected.

const probeName = 'spor-session-probe';

function request<T>(made: IDBRequest<T>): Promise<T> {
  return new Promise((done, fail) => {
    made.onsuccess = () => done(made.result);
    made.onerror = () => fail(made.error);
  });
}

/** False when this session keeps nothing after the tab closes (or cannot store at all); true when it looks normal. */
export async function sessionKeepsData(idb: IDBFactory | null = globalThis.indexedDB ?? null): Promise<boolean> {
  if (!idb) return false;
  try {
    const opening = idb.open(probeName, 1);
    opening.onupgradeneeded = () => opening.result.createObjectStore('probe');
    const database = await request(opening);
    try {
      const transaction = database.transaction('probe', 'readwrite');
      transaction.objectStore('probe').put(new Blob(['probe'], { type: 'text/plain' }), 'blob');
      await new Promise<void>((done, fail) => {
        transaction.oncomplete = () => done();
        transaction.onerror = () => fail(transaction.error);
        transaction.onabort = () => fail(transaction.error);
      });
    } finally {
      database.close();
      idb.deleteDatabase(probeName);
    }
    return true;
  } catch {
    return false;
  }
}
