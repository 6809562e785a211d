// Bytes as IndexedDB keeps them in every engine and mode: ArrayBuffer chunks with their type and size beside them.
// WebKit refuses Blobs in IndexedDB in private sessions ("Error preparing Blob/File data to be stored"), and so
// does Safari's Private Browsing; ArrayBuffers are stored everywhere.

/** The size of every stored chunk: a file's (sealed, src/crypto/fileChunks.ts) and a row's small bytes below. */
export const fileChunkBytes = 4 * 1024 * 1024;

export interface StoredBytes {
  type: string;
  size: number;
  chunks: ArrayBuffer[];
}

/** Whether a stored value is bytes in chunk form (history and comparisons record them by size, like a Blob). */
export function isStoredBytes(value: unknown): value is StoredBytes {
  if (!value || typeof value !== 'object') return false;
  const candidate = value as Partial<StoredBytes>;
  return typeof candidate.type === 'string' && typeof candidate.size === 'number' && Array.isArray(candidate.chunks);
}

/**
 * A file kept in a draft by reference: its bytes are a stored file (sealed chunks, src/db/chunkStore.ts) under
 * `storedFile`, and the draft's row holds only this. Large files are then sealed with Web Crypto chunk by chunk, not
 * in one piece inside the row's synchronous seal.
 */
export interface StoredFileRef {
  storedFile: string;
  type: string;
  size: number;
}

export function isStoredFileRef(value: unknown): value is StoredFileRef {
  if (!value || typeof value !== 'object') return false;
  const candidate = value as Partial<StoredFileRef>;
  return typeof candidate.storedFile === 'string' && typeof candidate.type === 'string' && typeof candidate.size === 'number';
}

/** The ids of every stored file a value (a draft part) refers to, however deep. */
export function storedFileIdsIn(value: unknown): string[] {
  if (isStoredFileRef(value)) return [value.storedFile];
  if (Array.isArray(value)) return value.flatMap(storedFileIdsIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(storedFileIdsIn);
  return [];
}
