import { describe, expect, it } from 'vitest';
import { newDataKey, type DataKey } from '../../src/crypto/dataKey';
import { openChunk, sealChunk } from '../../src/crypto/fileChunks';
import { DecryptionError } from '../../src/crypto/sealed';

const chunkBytes = 1000;

function fileOf(size: number): Blob {
  return new Blob([Uint8Array.from({ length: size }, (_, index) => (index * 31) & 0xff)]);
}

/** A file sealed chunk by chunk, as the chunk store writes one. */
async function sealFile(key: DataKey, fileId: string, file: Blob, size: number): Promise<Uint8Array[]> {
  const count = Math.max(1, Math.ceil(file.size / size));
  const chunks: Uint8Array[] = [];
  for (let index = 0; index < count; index++) {
    const slice = new Uint8Array(await file.slice(index * size, (index + 1) * size).arrayBuffer());
    chunks.push(await sealChunk(key, { fileId, index, last: index === count - 1 }, slice));
  }
  return chunks;
}

/** Chunks opened in the order given, the one that ends the sequence as the last, as the chunk store reads a file. */
async function openFile(key: DataKey, fileId: string, chunks: Uint8Array[]): Promise<Uint8Array[]> {
  return Promise.all(chunks.map((chunk, index) => openChunk(key, { fileId, index, last: index === chunks.length - 1 }, chunk.slice())));
}

async function sealed(key: DataKey, size: number): Promise<Uint8Array[]> {
  return sealFile(key, 'file-1', fileOf(size), chunkBytes);
}

async function opened(key: DataKey, chunks: Uint8Array[], fileId = 'file-1'): Promise<Uint8Array> {
  return new Uint8Array(await new Blob(await openFile(key, fileId, chunks) as BlobPart[]).arrayBuffer());
}

describe('file chunk encryption', () => {
  it('round-trips files of every shape: empty, one chunk, exact chunks, a short tail', async () => {
    const key = await newDataKey();
    for (const size of [0, 1, chunkBytes, 3 * chunkBytes, 3 * chunkBytes + 7]) {
      const chunks = await sealed(key, size);
      expect(chunks).toHaveLength(Math.max(1, Math.ceil(size / chunkBytes)));
      expect(await opened(key, chunks)).toEqual(new Uint8Array(await fileOf(size).arrayBuffer()));
    }
  });

  it('fails when chunks are reordered', async () => {
    const key = await newDataKey();
    const [first, second, third] = await sealed(key, 3 * chunkBytes);
    await expect(opened(key, [second, first, third])).rejects.toBeInstanceOf(DecryptionError);
  });

  it('fails when a chunk is missing from the middle, or the tail is cut off', async () => {
    const key = await newDataKey();
    const [first, second, third] = await sealed(key, 3 * chunkBytes);
    await expect(opened(key, [first, third])).rejects.toBeInstanceOf(DecryptionError);
    await expect(opened(key, [first, second])).rejects.toThrow(/chunk 1 \(last\)/);
  });

  it('fails when a chunk is repeated, appended, or taken from another file', async () => {
    const key = await newDataKey();
    const [first, second, third] = await sealed(key, 3 * chunkBytes);
    await expect(opened(key, [first, second, third, third])).rejects.toBeInstanceOf(DecryptionError);
    await expect(opened(key, [first, first, second, third])).rejects.toBeInstanceOf(DecryptionError);
    const other = await sealFile(key, 'file-2', fileOf(3 * chunkBytes), chunkBytes);
    await expect(opened(key, [first, other[1], third])).rejects.toBeInstanceOf(DecryptionError);
  });

  it('fails on one flipped byte in a chunk', async () => {
    const key = await newDataKey();
    const chunks = await sealed(key, 2 * chunkBytes);
    const damaged = new Uint8Array(chunks[1]);
    damaged[500] ^= 0x80;
    await expect(opened(key, [chunks[0], damaged])).rejects.toBeInstanceOf(DecryptionError);
  });

  it('binds the last-chunk flag: the last chunk does not open as a middle one', async () => {
    const key = await newDataKey();
    const only = await sealChunk(key, { fileId: 'f', index: 0, last: true }, new Uint8Array([1, 2, 3]));
    expect(await openChunk(key, { fileId: 'f', index: 0, last: true }, only)).toEqual(new Uint8Array([1, 2, 3]));
    await expect(openChunk(key, { fileId: 'f', index: 0, last: false }, only)).rejects.toBeInstanceOf(DecryptionError);
  });
});
