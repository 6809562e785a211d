import { type BulkJob, type BulkReply, replyError, runBulkJob } from './bulkCipherJob';
import type { Bytes } from './sealed';

// AES-GCM over large byte arrays (file chunks, backup frames) in two dedicated workers. Chromium runs Web Crypto on
// the calling thread: on the page, sealing a 4 MiB chunk held it for about 40 ms on the development machine, and a
// backup or restore (open, hash, seal, store every byte) kept it busy four fifths of the time. In workers the page
// stays responsive while the next chunk is opened and this one hashed and stored. On that 2-core machine the
// throughput is the same either way (src/backup/README.md, Speed); a phone has more cores to spread it over. The bytes given are handed over (their buffer
// is transferred, so the caller must not use them afterwards); small ones, and every call where there are no workers
// (a worker itself, tests in Node) or the workers could not start, are done in place. The workers end when idle.
// A sealed chunk's plain buffer comes back and is handed out again by emptyBuffer(): on the development machine,
// filling fresh memory (page faults) cost about as much as the AES-GCM itself.

const offThreadFrom = 256 * 1024;
const workerCount = 2;
const idleMs = 10_000;
const startMs = 10_000;
const sparesKept = 4;

/** Buffers that came back from sealing, by size, to be filled again. */
const spares = new Map<number, ArrayBuffer[]>();

function keepSpare(buffer: ArrayBuffer): void {
  const kept = spares.get(buffer.byteLength) ?? [];
  if (kept.length < sparesKept) kept.push(buffer);
  spares.set(buffer.byteLength, kept);
}

/** A buffer of `size` bytes to fill completely or use a view of: a spare one if there is one (old bytes in it), else new. */
export function emptyBuffer(size: number): Uint8Array<ArrayBuffer> {
  const spare = spares.get(size)?.pop();
  return spare ? new Uint8Array(spare) : new Uint8Array(size);
}

interface Pending {
  resolve(bytes: Bytes): void;
  reject(error: Error): void;
}

class CipherWorker {
  readonly pending = new Map<number, Pending>();

  constructor(readonly worker: Worker, private readonly onFailure: (worker: CipherWorker) => void) {
    worker.onmessage = (event: MessageEvent<BulkReply>) => {
      const reply = event.data;
      const waiting = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      if (reply.ok && reply.spare) keepSpare(reply.spare);
      if (reply.ok) waiting?.resolve(reply.bytes);
      else waiting?.reject(replyError(reply));
      if (!this.pending.size) pool?.scheduleIdleEnd();
    };
    worker.onerror = (event) => {
      event.preventDefault();
      for (const waiting of this.pending.values()) waiting.reject(new Error(event.message || 'the encryption worker stopped'));
      this.pending.clear();
      this.onFailure(this);
    };
  }
}

function startWorker(): Promise<Worker | undefined> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./bulkCipher.worker.ts', import.meta.url), { type: 'module', name: 'spor-cipher' });
    } catch {
      return resolve(undefined);
    }
    const timer = setTimeout(() => fail(), startMs);
    const fail = () => {
      clearTimeout(timer);
      worker.terminate();
      resolve(undefined);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      fail();
    };
    worker.onmessage = (event) => {
      if (event.data !== 'ready') return fail();
      clearTimeout(timer);
      resolve(worker);
    };
  });
}

class WorkerPool {
  private workers: CipherWorker[] = [];
  private idleTimer: ReturnType<typeof setTimeout> | undefined;
  private nextId = 1;

  /** Starts the workers; undefined when none would start (an old service worker's cache, a browser without module workers). */
  static async start(): Promise<WorkerPool | undefined> {
    const started = await Promise.all(Array.from({ length: workerCount }, startWorker));
    const workers = started.filter((worker): worker is Worker => worker !== undefined);
    if (!workers.length) return undefined;
    const made = new WorkerPool();
    made.workers = workers.map((worker) => new CipherWorker(worker, (failed) => made.drop(failed)));
    return made;
  }

  run(job: Omit<BulkJob, 'id'>): Promise<Bytes> {
    clearTimeout(this.idleTimer);
    if (!this.workers.length) return Promise.reject(new PoolEnded());
    const target = this.workers.reduce((least, candidate) => (candidate.pending.size < least.pending.size ? candidate : least));
    const id = this.nextId++;
    return new Promise<Bytes>((resolve, reject) => {
      target.pending.set(id, { resolve, reject });
      try {
        target.worker.postMessage({ ...job, id } satisfies BulkJob, job.bytes instanceof Blob ? [] : [job.bytes.buffer]);
      } catch (error) {
        // A browser that cannot hand a key or bytes to a worker: nothing was transferred, so the call can run in place.
        target.pending.delete(id);
        reject(new CannotPost('cannot post to the encryption worker', { cause: error }));
      }
    });
  }

  scheduleIdleEnd(): void {
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => {
      if (this.workers.some((worker) => worker.pending.size)) return;
      this.end();
    }, idleMs);
  }

  private drop(failed: CipherWorker): void {
    failed.worker.terminate();
    this.workers = this.workers.filter((worker) => worker !== failed);
    if (!this.workers.length) this.end();
  }

  end(): void {
    for (const worker of this.workers) worker.worker.terminate();
    this.workers = [];
    spares.clear();
    if (pool !== this) return; // a pool that already ended; a newer one may be running
    pool = undefined;
    pooled = undefined;
  }
}

class CannotPost extends Error {}
class PoolEnded extends Error {}

let pool: WorkerPool | undefined;
let pooled: Promise<WorkerPool | undefined> | undefined;
/** Set when workers could not start once: then every call is done in place for the rest of the page's life. */
let noWorkers = typeof Worker === 'undefined' || typeof document === 'undefined';

async function workerPool(): Promise<WorkerPool | undefined> {
  if (noWorkers) return undefined;
  pooled ??= WorkerPool.start().then((started) => {
    if (!started) noWorkers = true;
    pool = started;
    return started;
  });
  return pooled;
}

async function run(job: Omit<BulkJob, 'id'>): Promise<Bytes> {
  const workers = (job.bytes instanceof Blob ? job.bytes.size : job.bytes.byteLength) >= offThreadFrom ? await workerPool() : undefined;
  if (workers) {
    try {
      return await workers.run(job);
    } catch (error) {
      if (error instanceof PoolEnded) return run(job); // ended for idleness just before this call: start it again
      if (!(error instanceof CannotPost)) throw error;
      noWorkers = true;
      workers.end();
    }
  }
  const reply = await runBulkJob({ ...job, id: 0 }); // no spare kept: in place, the caller's buffer is not ours
  if (reply.ok) return reply.bytes;
  throw replyError(reply);
}

/** seal() (sealed.ts) off the page's thread; `plaintext` is handed over. */
export function sealBulk(key: CryptoKey, context: Bytes, plaintext: Uint8Array): Promise<Bytes> {
  return run({ op: 'seal', key, context, bytes: plaintext, what: '' });
}

/** open() (sealed.ts) off the page's thread; `sealed` is handed over, or read there if a Blob. Throws DecryptionError as open() does. */
export function openBulk(key: CryptoKey, context: Bytes, sealed: Uint8Array | Blob, what: string): Promise<Bytes> {
  return run({ op: 'open', key, context, bytes: sealed, what });
}
