import { describe, expect, it } from 'vitest';
import { decodeValue, dumpDatabase, encodeValue, loadDump } from '../fixtures/db/idbDump';

// The fixture databases' dump (tests/fixtures/db/idbDump.ts) must give back every stored value with its type.

const madeBy = { commit: 'test', schemaVersion: 0, note: '' };

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function open(name: string, version?: number, upgrade?: (database: IDBDatabase) => void): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const opening = indexedDB.open(name, version);
    opening.onupgradeneeded = () => upgrade?.(opening.result);
    opening.onsuccess = () => resolve(opening.result);
    opening.onerror = () => reject(opening.error);
  });
}

const bytes = new Uint8Array([0, 1, 2, 250, 255, 128, 7]);
const row = {
  id: 'a',
  buffer: bytes.buffer.slice(0),
  view: new Uint8Array(bytes.buffer, 2, 3),
  floats: new Float64Array([1.5, -0, Number.NaN]),
  blob: new Blob([bytes], { type: 'image/jpeg' }),
  file: new File([bytes], 'æøå 📞.bin', { type: 'application/octet-stream', lastModified: 1_700_000_000_000 }),
  when: new Date(1_700_000_000_123),
  nothing: undefined,
  odd: [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, null, 'ع'],
  lookalike: { $type: 'Blob', base64: 'not a blob' },
};

async function bytesOf(value: unknown): Promise<number[]> {
  if (value instanceof Blob) return [...new Uint8Array(await value.arrayBuffer())];
  return [...new Uint8Array(value as ArrayBuffer)];
}

describe('the fixture dump', () => {
  it('writes a database back with its version, stores, indexes and every value of every type', async () => {
    const original = await open('dump-source', 30, (database) => {
      database.createObjectStore('rows', { keyPath: 'id' }).createIndex('when', 'when');
      database.createObjectStore('chunks', { keyPath: ['fileId', 'index'] }).createIndex('fileId', 'fileId', { unique: false, multiEntry: true });
      database.createObjectStore('counted', { keyPath: 'id', autoIncrement: true });
      database.createObjectStore('loose');
    });
    const writing = original.transaction(['rows', 'chunks', 'counted', 'loose'], 'readwrite');
    writing.objectStore('rows').put(row);
    writing.objectStore('chunks').put({ fileId: 'f', index: 0, bytes: bytes.buffer.slice(0) });
    writing.objectStore('counted').put({ text: 'первый' });
    writing.objectStore('loose').put(new Uint8Array([9]), ['out', 1]);
    await new Promise((resolve) => (writing.oncomplete = resolve));
    original.close();

    const dump = await dumpDatabase('dump-source', madeBy);
    const copy = JSON.parse(JSON.stringify(dump));
    copy.name = 'dump-copy';
    await loadDump(copy);
    expect({ ...(await dumpDatabase('dump-copy', madeBy)), name: 'dump-source' }).toEqual(dump);

    const loaded = await open('dump-copy');
    expect(loaded.version).toBe(30);
    const reading = loaded.transaction(['rows', 'counted', 'loose'], 'readwrite');
    const back = await request(reading.objectStore('rows').get('a'));
    expect(reading.objectStore('rows').index('when').keyPath).toBe('when');
    expect(Object.keys(back)).toEqual(Object.keys(row));
    expect(back.buffer).toBeInstanceOf(ArrayBuffer);
    expect(await bytesOf(back.buffer)).toEqual([...bytes]);
    expect(back.view).toEqual(new Uint8Array([2, 250, 255]));
    expect(back.floats).toEqual(row.floats);
    expect(Object.is(back.floats[1], -0)).toBe(true);
    expect(back.blob.type).toBe('image/jpeg');
    expect(await bytesOf(back.blob)).toEqual([...bytes]);
    expect(back.when).toEqual(row.when);
    expect('nothing' in back && back.nothing === undefined).toBe(true);
    expect(back.odd).toEqual(row.odd);
    expect(Object.is(back.odd[3], -0)).toBe(true);
    expect(back.lookalike).toEqual(row.lookalike);
    expect(await request(reading.objectStore('loose').get(['out', 1]))).toEqual(new Uint8Array([9]));
    // The key generator goes on after the loaded rows.
    expect(await request(reading.objectStore('counted').put({ text: 'второй' }))).toBe(2);
    loaded.close();
  });

  it('a File keeps its name and date, and what it cannot write it refuses', async () => {
    const file = decodeValue(await encodeValue(row.file)) as File;
    expect([file.name, file.type, file.lastModified, await bytesOf(file)]).toEqual([row.file.name, row.file.type, row.file.lastModified, [...bytes]]);
    const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt']);
    await expect(encodeValue({ key })).rejects.toThrow(/CryptoKey/);
  });

  it('never writes over a database that exists', async () => {
    const dump = await dumpDatabase('dump-source', madeBy);
    await expect(loadDump(dump)).rejects.toThrow(/exists already/);
  });
});
