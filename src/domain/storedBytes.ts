// Bytes as IndexedDB keeps them in every engine and mode: ArrayBuffer chunks with their type and size beside them.
// WebKit refuses Blobs in IndexedDB in private sessions ("Error preparing Blob/File data to be stored"), and so
// does Safari's Private Browsing; ArrayBuffers are stored everywhere.

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
