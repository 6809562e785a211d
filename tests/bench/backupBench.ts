// Bench-only entry (tests/bench/backup-bench.html): seeds files through the app's db verbs, then times a backup to a
// Blob and a restore of it into an empty database, with the app's own key derivation (Argon2id in its worker).
import { BlobCollector } from '../../src/backup/blobCollector';
import { openBackup } from '../../src/backup/readBackup';
import { prepareBackup } from '../../src/backup/writeBackup';
import { derivePasscodeKeyInWorker } from '../../src/crypto/keyDerivation';
import { addIncident, attachFile, readBackupFile, readBackupSnapshot, restoreBackup, verifyLog } from '../../src/db';
import { useDatabase } from '../../src/db/database';
import { SporDatabase } from '../../src/db/schema';
import { blankIncident } from '../../src/domain/incident';
import { newDataKey } from '../../src/crypto/dataKey';
import { useStoreCipher } from '../../src/db/sealing';
import { storeCipherFor } from '../../src/db/storeCipher';
import type { IncidentInput } from '../../src/domain/types';
import { sealBulk } from '../../src/crypto/bulkCipher';
import { seal } from '../../src/crypto/sealed';
import { readAhead } from '../../src/domain/readAhead';

const passphrase = 'blå hest spiser 7 gule æbler';
let backup: Blob | undefined;
let derivationSeconds = 0;

/** Times Argon2id on its own, so the figures below can be given with and without it. */
async function timedDerive(text: string, params: Parameters<typeof derivePasscodeKeyInWorker>[1]) {
  const started = performance.now();
  const key = await derivePasscodeKeyInWorker(text, params);
  derivationSeconds += (performance.now() - started) / 1000;
  return key;
}

/** Opened as after an unlock: every row and chunk is sealed with a data key, as in the app. */
async function seed(files: number, fileBytes: number): Promise<{ seconds: number }> {
  useStoreCipher(storeCipherFor(await newDataKey()));
  const started = performance.now();
  const now = Date.now();
  const pattern = crypto.getRandomValues(new Uint8Array(65_536));
  for (let index = 0; index < files; index += 1) {
    const incident = await addIncident({ ...blankIncident(now - index * 60_000, 'Europe/Copenhagen', 'following'), description: `Hændelse ${index}` } as IncidentInput, now);
    const parts: Uint8Array[] = [new TextEncoder().encode(`file ${index}`)];
    for (let size = 0; size < fileBytes; size += pattern.length) parts.push(pattern);
    const blob = new Blob(parts as BlobPart[], { type: 'application/octet-stream' }).slice(0, fileBytes, 'application/octet-stream');
    await attachFile(incident.id, blob, { fileName: `video-${index}.bin`, now });
  }
  return { seconds: (performance.now() - started) / 1000 };
}

async function timeBackup() {
  derivationSeconds = 0;
  const started = performance.now();
  const prepared = await prepareBackup({ ...(await readBackupSnapshot()), readFile: readBackupFile }, { passphrase, derive: timedDerive, appVersion: 'bench' });
  const output = new BlobCollector();
  for await (const piece of prepared.pieces()) output.add(piece);
  backup = output.toBlob('application/octet-stream');
  return { seconds: (performance.now() - started) / 1000, derivationSeconds, bytes: backup.size, fileBytes: prepared.manifest.counts.fileBytes };
}

/** Into a fresh, empty database: opening (Argon2id, the records and the history checked) timed apart from the one pass over the files. */
async function timeRestore() {
  useDatabase(new SporDatabase('spor-restore-bench'));
  derivationSeconds = 0;
  const started = performance.now();
  const opened = await openBackup(backup!, { passphrase, derive: timedDerive });
  const checkSeconds = (performance.now() - started) / 1000;
  await restoreBackup(opened);
  const seconds = (performance.now() - started) / 1000;
  const verification = await verifyLog({ files: 'present' });
  return { seconds, checkSeconds, derivationSeconds, ok: verification.ok, files: verification.files.count };
}

/** A scratch IndexedDB database with one store of numbered byte rows. */
function scratchDatabase(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () => request.result.createObjectStore('chunks');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function deleteScratchDatabase(name: string): Promise<unknown> {
  return new Promise((resolve) => { const request = indexedDB.deleteDatabase(name); request.onsuccess = request.onerror = resolve; });
}

function inTransaction(database: IDBDatabase, mode: IDBTransactionMode, work: (store: IDBObjectStore) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const transaction = database.transaction('chunks', mode);
    work(transaction.objectStore('chunks'));
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error);
  });
}

/**
 * The floor: the same bytes through the same platform steps with nothing of Spor's format, parsing, hashing or
 * bookkeeping. Each way two AES-GCM passes (one stands in for opening, same cost), the backup's bytes read in 4 MiB
 * slices and stored 4 to a transaction (the restore's side), or read back from the store and gathered in a Blob (the
 * backup's side), one read ahead as in the app. `inWorkers`: AES-GCM in the cipher's workers, else on the page. What
 * this browser on this machine does at best with these APIs: Spor's figures can approach it, not pass it.
 */
async function timeFloor(inWorkers: boolean) {
  const key = (await newDataKey()).webKey;
  const context = new Uint8Array(16);
  const sliceBytes = 4 * 1024 * 1024;
  const count = Math.ceil(backup!.size / sliceBytes);
  const name = `spor-floor-bench-${inWorkers ? 'workers' : 'page'}`;
  await deleteScratchDatabase(name);
  const database = await scratchDatabase(name);
  const sealOnce = inWorkers ? sealBulk : seal;
  const twice = async (bytes: Uint8Array) => sealOnce(key, context, await sealOnce(key, context, bytes));

  let started = performance.now();
  const slices = readAhead(count, async (index) => twice(new Uint8Array(await backup!.slice(index * sliceBytes, (index + 1) * sliceBytes).arrayBuffer())));
  let batch: Uint8Array[] = [];
  let at = 0;
  const writes: Promise<void>[] = [];
  for await (const sealed of slices) {
    batch.push(sealed);
    if (batch.length < 4 && at + batch.length < count) continue;
    const rows = batch;
    const first = at;
    writes.push(inTransaction(database, 'readwrite', (store) => rows.forEach((row, offset) => store.put(row.buffer, first + offset))));
    at += rows.length;
    batch = [];
    if (writes.length >= 2) await writes.shift();
  }
  await Promise.all(writes);
  const restoreSeconds = (performance.now() - started) / 1000;

  started = performance.now();
  const output = new BlobCollector();
  const read = (index: number) => new Promise<ArrayBuffer>((resolve, reject) => {
    const request = database.transaction('chunks').objectStore('chunks').get(index);
    request.onsuccess = () => resolve(request.result as ArrayBuffer);
    request.onerror = () => reject(request.error);
  });
  for await (const sealed of readAhead(count, async (index) => twice(new Uint8Array(await read(index))))) output.add(sealed);
  output.toBlob('application/octet-stream');
  const backupSeconds = (performance.now() - started) / 1000;
  database.close();
  await deleteScratchDatabase(name);
  return { bytes: backup!.size, restoreSeconds, backupSeconds };
}

Object.assign(globalThis, { backupBench: { seed, timeBackup, timeRestore, timeFloor } });
