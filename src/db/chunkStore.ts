import { emptyBuffer } from '../crypto/bulkCipher';
import { fileChunkBytes, openChunk, sealChunk } from '../crypto/fileChunks';
import { mapStorageErrors, NotFoundError } from './errors';
import type { SporDatabase } from './schema';
import { currentCipher } from './sealing';

// How bytes are kept: file bytes as ArrayBuffer chunks of 4 MiB in `fileChunks` with a head row in `files` (type,
// name, size, chunk count) written after the last chunk; small bytes inside rows (previews, photos) as StoredBytes
// (rowBytes.ts). Every engine stores ArrayBuffers in every mode, while WebKit's private sessions refuse Blobs.
// All file bytes go in through writeChunk and come out through readChunk, which seal and open each chunk in a sealed
// database (its number and whether it is the last bound in, so reordered or missing chunks fail). Takes the database
// as a parameter, so the conversion at open of the old plain database (blobConversion.ts) can use it too.

/** Writes one chunk of a file (recordings.ts writes pieces through it). */
export function writeChunk(database: SporDatabase, fileId: string, index: number, last: boolean, bytes: Uint8Array): Promise<void> {
  return writeChunks(database, fileId, index, [bytes], last);
}

/** A chunk as stored: sealed (bound to its file, number and whether it is the last) in a sealed database; `bytes` is handed over. */
async function storedChunk(database: SporDatabase, place: { fileId: string; index: number; last: boolean }, bytes: Uint8Array) {
  const stored = database.sealed ? await sealChunk(currentCipher().chunkKey(), place, bytes) : bytes.slice(); // each its own buffer, exactly its bytes
  return { fileId: place.fileId, index: place.index, bytes: stored.buffer as ArrayBuffer };
}

/**
 * Writes consecutive chunks in one transaction (one flush to disk for several): with `ChunkWriter`, the one place file
 * bytes enter the database. In a sealed database each is sealed first (outside the transaction: Web Crypto is
 * asynchronous); `endsFile` says the last of them is the file's last chunk.
 */
export async function writeChunks(database: SporDatabase, fileId: string, firstIndex: number, chunks: Uint8Array[], endsFile: boolean): Promise<void> {
  // Copies: sealing hands the bytes to a worker, and these callers (recordings, the move to the sealed store) keep theirs.
  const rows = await Promise.all(chunks.map((bytes, offset) =>
    storedChunk(database, { fileId, index: firstIndex + offset, last: endsFile && offset === chunks.length - 1 }, bytes.slice())));
  await mapStorageErrors(() => (rows.length === 1 ? database.fileChunks.put(rows[0]!) : database.fileChunks.bulkPut(rows)));
}

/** Reads one chunk of a file: the one place file bytes leave the database. */
export async function readChunk(database: SporDatabase, fileId: string, index: number, last: boolean): Promise<Uint8Array> {
  const row = await database.fileChunks.get([fileId, index]);
  if (!row) throw new NotFoundError(`${fileId} (part ${index + 1})`);
  const bytes = new Uint8Array(row.bytes);
  return database.sealed ? openChunk(currentCipher().chunkKey(), { fileId, index, last }, bytes) : bytes;
}

/**
 * Stores a Blob's bytes under `fileId`, its head last (also for the conversion at open): one chunk per write, the next
 * slice read and sealed while the write before commits, so a few 4 MiB slices are in memory at a time.
 */
export async function storeBlobAsChunks(database: SporDatabase, fileId: string, blob: Blob, name = '', type = blob.type): Promise<void> {
  async function* slices() {
    for (let offset = 0; offset < blob.size; offset += fileChunkBytes) yield new Uint8Array(await blob.slice(offset, offset + fileChunkBytes).arrayBuffer());
  }
  const writer = new ChunkWriter(database, { chunksPerWrite: 1, writesInFlight: 2 });
  await writer.store(fileId, slices(), name, type);
  await writer.finish();
}

type ChunkRow = Awaited<ReturnType<typeof storedChunk>>;
interface FileHead { id: string; type: string; name: string; size: number; chunkCount: number }

/**
 * Stores files arriving as pieces of any size (a restore: many files, one after another) as 4 MiB chunks. Each chunk
 * is sealed as soon as it is cut; `chunksPerWrite` chunks, of one file or several, share a transaction (a restore
 * spends much of its time flushing writes to disk), a file's head goes into the transaction of its last chunk (so a
 * head still means the file is whole), and up to `writesInFlight` writes are under way (each after the one before)
 * while the next chunks are cut and sealed. An empty file is one empty chunk. After a failure, call `settle()` before
 * removing what was written, or a write still under way could land after the removal.
 */
export class ChunkWriter {
  private readonly chunksPerWrite: number;
  private readonly writesInFlight: number;
  private rows: Promise<ChunkRow>[] = [];
  private heads: FileHead[] = [];
  private inFlight: Promise<void>[] = [];

  constructor(private readonly database: SporDatabase, { chunksPerWrite = 4, writesInFlight = 2 } = {}) {
    this.chunksPerWrite = chunksPerWrite;
    this.writesInFlight = writesInFlight;
  }

  async store(fileId: string, pieces: AsyncIterable<Uint8Array>, name: string, type: string): Promise<void> {
    let chunk = emptyBuffer(fileChunkBytes);
    let filled = 0;
    let index = 0;
    let size = 0;
    for await (const piece of pieces) {
      for (let at = 0; at < piece.length;) {
        if (filled === fileChunkBytes) {
          await this.add(storedChunk(this.database, { fileId, index: index++, last: false }, chunk)); // more bytes follow
          chunk = emptyBuffer(fileChunkBytes);
          filled = 0;
        }
        const take = Math.min(fileChunkBytes - filled, piece.length - at);
        chunk.set(piece.subarray(at, at + take), filled);
        filled += take;
        at += take;
        size += take;
      }
    }
    this.heads.push({ id: fileId, type, name, size, chunkCount: index + 1 });
    await this.add(storedChunk(this.database, { fileId, index, last: true }, chunk.subarray(0, filled)));
  }

  /** Writes whatever is pending and waits for every write; throws the first failure. */
  async finish(): Promise<void> {
    if (this.rows.length) this.write();
    await Promise.all(this.inFlight); // kept until then: settle() after a failure here still waits for the others
    this.inFlight = [];
  }

  /** Waits until no write is under way, whether they succeed or not. */
  async settle(): Promise<void> {
    await Promise.allSettled([...this.inFlight, ...this.rows]);
  }

  private async add(row: Promise<ChunkRow>): Promise<void> {
    row.catch(() => undefined); // a failed seal is thrown by the write that awaits it
    this.rows.push(row);
    if (this.rows.length < this.chunksPerWrite) return;
    this.write();
    while (this.inFlight.length >= this.writesInFlight) await this.inFlight.shift();
  }

  private write(): void {
    const [rows, heads] = [this.rows, this.heads];
    this.rows = [];
    this.heads = [];
    const database = this.database;
    // After the write before it, so a head never commits ahead of an earlier chunk of its file.
    const previous = this.inFlight.at(-1);
    const done = Promise.all([Promise.all(rows), previous]).then(([stored]) => mapStorageErrors(() => database.transaction('rw', database.fileChunks, database.files, async () => {
      // A single row by put, as writeChunks writes one (the storage-full and interrupted-conversion tests fail that put).
      await (stored.length === 1 ? database.fileChunks.put(stored[0]!) : database.fileChunks.bulkPut(stored));
      if (heads.length) await (heads.length === 1 ? database.files.put(heads[0]!) : database.files.bulkPut(heads));
    })));
    done.catch(() => undefined); // thrown where it is awaited (add or finish)
    this.inFlight.push(done);
  }
}
