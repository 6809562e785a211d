import { sha256 } from '@noble/hashes/sha2.js';

// Synchronous SHA-256 (noble): usable inside an IndexedDB transaction, where awaiting Web Crypto
// would let the transaction auto-commit half way. It also streams, so a large file is hashed chunk by chunk.

/** Lowercase hex of bytes. */
export function toHex(bytes: Uint8Array): string {
  let hex = '';
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

/** SHA-256 of a string (UTF-8) or bytes held in memory. */
export function sha256Hex(data: string | Uint8Array): string {
  return toHex(sha256(typeof data === 'string' ? new TextEncoder().encode(data) : data));
}

const chunkBytes = 4 * 1024 * 1024;

/** SHA-256 of a Blob read slice by slice: memory stays at one 4 MiB chunk however large the file. */
export async function sha256OfBlob(blob: Blob, onProgress?: (bytesDone: number) => void): Promise<string> {
  const hasher = sha256.create();
  for (let offset = 0; offset < blob.size; offset += chunkBytes) {
    const end = Math.min(blob.size, offset + chunkBytes);
    hasher.update(new Uint8Array(await blob.slice(offset, end).arrayBuffer()));
    onProgress?.(end);
  }
  return toHex(hasher.digest());
}

/** JSON with object keys sorted at every depth, so equal data always hashes equally. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => {
    if (inner && typeof inner === 'object' && !Array.isArray(inner)) {
      return Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    }
    return inner;
  });
}
