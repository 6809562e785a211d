import { fileChunkBytes } from '../crypto/fileChunks';
import type { StoredBytes } from '../domain/storedBytes';

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

/** Bytes kept inside a row as a Blob again (a Blob still there from before version 4 is passed through). */
export function fromStoredBytes(stored: StoredBytes | Blob): Blob {
  return isBlob(stored) ? stored : new Blob(stored.chunks, { type: stored.type });
}
