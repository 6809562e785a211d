import type { DataKey } from './dataKey';
import { openBulk, sealBulk } from './bulkCipher';
import { additionalData, DecryptionError, type Bytes } from './sealed';
import { fileChunkBytes } from '../domain/storedBytes';

// A file is sealed in chunks so memory stays at one chunk however large it is. Each chunk's additional data holds the
// file id, its number and whether it is the last, so a reordered, dropped, repeated or cut-off chunk fails to open.
// An empty file is still one (empty) last chunk: zero chunks always means something was lost.

// The chunk size lives with the stored-bytes types (the first screen's row reader needs it, not this module).
export { fileChunkBytes };

export interface ChunkPlace {
  fileId: string;
  index: number;
  last: boolean;
}

function chunkContext({ fileId, index, last }: ChunkPlace): Bytes {
  return additionalData('chunk', fileId, index, last);
}

/** Seals one chunk off the page's thread (bulkCipher.ts): `bytes` is handed over, the caller must not use it after. */
export function sealChunk(key: DataKey, place: ChunkPlace, bytes: Uint8Array): Promise<Bytes> {
  return sealBulk(key.webKey, chunkContext(place), bytes);
}

/** Opens one chunk off the page's thread: `sealed` is handed over. */
export function openChunk(key: DataKey, place: ChunkPlace, sealed: Uint8Array): Promise<Bytes> {
  return openBulk(key.webKey, chunkContext(place), sealed, `file ${place.fileId} chunk ${place.index}${place.last ? ' (last)' : ''}`);
}

/** Seals a file slice by slice, yielding its chunks in order. */
export async function* sealFile(key: DataKey, fileId: string, file: Blob, chunkBytes = fileChunkBytes): AsyncGenerator<Bytes> {
  const count = Math.max(1, Math.ceil(file.size / chunkBytes));
  for (let index = 0; index < count; index++) {
    const slice = file.slice(index * chunkBytes, Math.min(file.size, (index + 1) * chunkBytes));
    yield await sealChunk(key, { fileId, index, last: index === count - 1 }, new Uint8Array(await slice.arrayBuffer()));
  }
}

/**
 * Opens a file's chunks in the order given, yielding the plain bytes. The chunk that ends the sequence is opened as
 * the last one, so a missing tail fails at the end (after yielding what came before): a caller must not treat
 * the file as whole until the generator has finished.
 */
export async function* openFile(key: DataKey, fileId: string, chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>): AsyncGenerator<Bytes> {
  let index = 0;
  let pending: Uint8Array | undefined;
  for await (const chunk of chunks) {
    if (pending) yield await openChunk(key, { fileId, index: index++, last: false }, pending);
    pending = chunk;
  }
  if (!pending) throw new DecryptionError(`file ${fileId}: no chunks`);
  yield await openChunk(key, { fileId, index, last: true }, pending);
}
