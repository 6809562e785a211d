import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { sessionKeepsData } from '../../src/pwa/sessionCheck';

/** An IndexedDB whose object stores refuse Blobs, as WebKit's private sessions do. */
function refusingBlobs(): IDBFactory {
  const factory = new IDBFactory();
  const open = factory.open.bind(factory);
  factory.open = (...args: Parameters<IDBFactory['open']>) => {
    const request = open(...args);
    request.addEventListener('success', () => {
      const database = request.result;
      const transaction = database.transaction.bind(database);
      database.transaction = ((...inner: Parameters<IDBDatabase['transaction']>) => {
        const made = transaction(...inner);
        const objectStore = made.objectStore.bind(made);
        made.objectStore = (name: string) => {
          const store = objectStore(name);
          store.put = () => {
            throw new DOMException('Error preparing Blob/File data to be stored in object store', 'UnknownError');
          };
          return store;
        };
        return made;
      }) as IDBDatabase['transaction'];
    });
    return request;
  };
  return factory;
}

describe('the start-up check for a session that keeps nothing', () => {
  it('finds a normal session', async () => {
    expect(await sessionKeepsData(new IDBFactory())).toBe(true);
  });

  it('finds a session that refuses Blobs (WebKit private) and one without IndexedDB', async () => {
    expect(await sessionKeepsData(refusingBlobs())).toBe(false);
    expect(await sessionKeepsData(null)).toBe(false);
  });
});
