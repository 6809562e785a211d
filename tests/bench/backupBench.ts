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

Object.assign(globalThis, { backupBench: { seed, timeBackup, timeRestore } });
