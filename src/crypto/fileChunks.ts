import type { DataKey } from './dataKey';
import { openBulk, sealBulk } from './bulkCipher';
import { additionalData, type Bytes } from './sealed';
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
