import { createSHA256 } from 'hash-wasm';

/**
 * SHA-256 of a stored file's chunks with hash-wasm's WebAssembly build, several times faster than the JavaScript hash:
 * for re-checking every file of a large log. Asynchronous, so never inside an IndexedDB transaction.
 */
export async function sha256OfChunks(chunks: AsyncIterable<Uint8Array>, onProgress?: (bytesDone: number) => void): Promise<string> {
  const hasher = await createSHA256();
  hasher.init();
  let bytesDone = 0;
  for await (const chunk of chunks) {
    hasher.update(chunk);
    onProgress?.((bytesDone += chunk.length));
  }
  return hasher.digest('hex');
}
