import { createSHA256 } from 'hash-wasm';

const chunkBytes = 4 * 1024 * 1024;

/**
 * SHA-256 of a stored file with hash-wasm's WebAssembly build, several times faster than the JavaScript hash: for
 * re-checking every file of a large log. Asynchronous, so never inside an IndexedDB transaction (use sha256OfBlob there).
 */
export async function sha256OfFile(blob: Blob, onProgress?: (bytesDone: number) => void): Promise<string> {
  const hasher = await createSHA256();
  hasher.init();
  for (let offset = 0; offset < blob.size; offset += chunkBytes) {
    const end = Math.min(blob.size, offset + chunkBytes);
    hasher.update(new Uint8Array(await blob.slice(offset, end).arrayBuffer()));
    onProgress?.(end);
  }
  return hasher.digest('hex');
}
