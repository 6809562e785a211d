import { fileChunkBytes, type StoredBytes } from '../domain/storedBytes';

// Small bytes kept inside a row (previews, photos) as StoredBytes, and back. Apart from chunkStore.ts because the
// log's previews are read on the first screen, which loads nothing else of the chunk store.

/** A Blob or File, also one from another realm (a test's Node Blob under jsdom fails `instanceof Blob`). */
export function isBlob(value: unknown): value is Blob {
  return !!value && typeof value === 'object' && typeof (value as Blob).arrayBuffer === 'function' && typeof (value as Blob).size === 'number';
}

/** A small Blob (preview, photo, a file in a draft) as chunks to keep inside a row. */
export async function toStoredBytes(blob: Blob): Promise<StoredBytes> {
  const chunks: ArrayBuffer[] = [];
  let offset = 0;
  do {
    chunks.push(await blob.slice(offset, offset + fileChunkBytes).arrayBuffer());
    offset += fileChunkBytes;
  } while (offset < blob.size);
  return { type: blob.type, size: blob.size, chunks };
}

/** `value` with every Blob in it, at any depth of arrays and plain objects, as StoredBytes (stored bytes stay as they are). */
export async function withBlobsStored(value: unknown): Promise<unknown> {
  if (isBlob(value)) return toStoredBytes(value);
  if (Array.isArray(value)) return Promise.all(value.map(withBlobsStored));
  // By tag, so ArrayBuffers and typed arrays (and values from another realm) are told apart from plain objects.
  if (Object.prototype.toString.call(value) === '[object Object]') {
    return Object.fromEntries(await Promise.all(Object.entries(value as object).map(async ([key, inner]) => [key, await withBlobsStored(inner)] as const)));
  }
  return value;
}

/** Bytes kept inside a row as a Blob again (a Blob still there from before version 4 is passed through). */
export function fromStoredBytes(stored: StoredBytes | Blob): Blob {
  return isBlob(stored) ? stored : new Blob(stored.chunks, { type: stored.type });
}
