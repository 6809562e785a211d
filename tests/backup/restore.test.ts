import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sha256 } from '@noble/hashes/sha2.js';
import { readChunk } from '../../src/db/chunkStore';
import { addIncident, attachFile, saveCaseDetails, savePerson, updateIncident, verifyLog } from '../../src/db';
import { readBackupFile, readBackupSnapshot } from '../../src/db/backupData';
import { db, useDatabase } from '../../src/db/database';
import { restoreBackup, rollBackInterruptedRestore } from '../../src/db/restore';
import { SporDatabase } from '../../src/db/schema';
import { toHex } from '../../src/crypto/sha256';
import { BackupError } from '../../src/backup/backupFormat';
import { checkBackup, openBackup, type OpenedBackup } from '../../src/backup/readBackup';
import { freshDatabase, incidentInput } from '../helpers/db';
import { run, step } from '../helpers/randomLog';
import { backupOf, bytesOf, openOptions } from './backupSample';

// Back up, wipe, restore: through the real verbs and the real format, on fake-indexeddb.

async function backupOfLog(): Promise<Blob> {
  const snapshot = await readBackupSnapshot();
  return backupOf({ ...snapshot, readFile: readBackupFile }, 64 * 1024);
}

/** As the app restores: one pass, each file checked as it is written. */
async function restoreFile(file: Blob, passphrase = openOptions.passphrase) {
  return restoreBackup(await openBackup(file, { ...openOptions, passphrase }));
}

/** Every store, files as the SHA-256 of their bytes in order. */
async function everyStore(database = db) {
  const fileHashes: Record<string, string> = {};
  for (const head of await database.files.toArray()) {
    // Through the store's reader: chunks are sealed at rest, with a fresh IV each time they are written.
    const hasher = sha256.create();
    for (let index = 0; index < head.chunkCount; index++) hasher.update(await readChunk(database, head.id, index, index === head.chunkCount - 1));
    fileHashes[head.id] = `${head.size}:${toHex(hasher.digest())}`;
  }
  return {
    incidents: await database.incidents.toArray(), attachments: await database.attachments.toArray(), people: await database.people.toArray(),
    caseDetails: await database.caseDetails.toArray(), revisions: await database.revisions.toArray(), heads: await database.heads.toArray(),
    settings: await database.settings.toArray(), drafts: await database.drafts.toArray(), files: await database.files.toArray(),
    chunkCount: await database.fileChunks.count(), fileHashes,
  };
}

/** The log's content without the settings, which a restore does not carry whole (the lock's keys stay on their device). */
async function logContent() {
  const { settings: _settings, drafts: _drafts, ...content } = await everyStore();
  return content;
}

/** A log of one incident with two files of several frames each, backed up. */
async function twoFileBackup(firstFileBytes = 200_000): Promise<Blob> {
  freshDatabase();
  const incident = await addIncident(incidentInput(), Date.UTC(2026, 0, 16));
  await attachFile(incident.id, new Blob([bytesOf(firstFileBytes, 1)]), { now: Date.UTC(2026, 0, 16, 1) });
  await attachFile(incident.id, new Blob([bytesOf(200_000, 2)]), { now: Date.UTC(2026, 0, 16, 2) });
  return backupOfLog();
}

async function backupWithTwoFiles(firstFileBytes?: number): Promise<OpenedBackup> {
  return openBackup(await twoFileBackup(firstFileBytes), openOptions);
}

/** The backup as the restore sees it, with `stop` run where the second file's bytes would begin. */
function stoppingAtSecondFile(checked: OpenedBackup, stop: () => Promise<void>): OpenedBackup {
  return {
    ...checked,
    async *readFiles(use, onProgress) {
      let count = 0;
      for await (const entry of checked.readFiles(use, onProgress)) {
        if (count++ === 1) await stop();
        yield entry;
      }
    },
  };
}

/** The backup as the restore sees it, with `stop` run once the file of `size` bytes has given all its bytes, before it ends. */
function stoppingAtEndOfFile(checked: OpenedBackup, size: number, stop: () => Promise<void>): OpenedBackup {
  async function* thenStop(bytes: AsyncGenerator<Uint8Array>) {
    yield* bytes;
    await stop();
  }
  return {
    ...checked,
    async *readFiles(use, onProgress) {
      for await (const entry of checked.readFiles(use, onProgress)) yield entry.file.size === size ? { ...entry, bytes: thenStop(entry.bytes) } : entry;
    },
  };
}

async function problemOf(work: Promise<unknown>): Promise<string> {
  try {
    await work;
  } catch (error) {
    return error instanceof BackupError ? error.problem : String(error);
  }
  return 'restored';
}

describe('backup and restore', () => {
  it('any log, backed up, wiped and restored: every record equal, every file byte-identical, the chain verifies', async () => {
    await fc.assert(fc.asyncProperty(fc.array(step, { maxLength: 20 }), async (steps) => {
      freshDatabase();
      await run(steps);
      const before = await logContent();
      const backup = await backupOfLog();
      freshDatabase();
      await restoreFile(backup);
      expect(await logContent()).toEqual(before);
      expect((await verifyLog()).ok).toBe(true);
    }), { numRuns: 25 });
  }, 180_000); // 25 logs backed up and restored: minutes when the browser tests share the two cores, none of it asserted

  it('files of several MB come back byte for byte, with the user\'s choices but never the lock\'s keys', async () => {
    freshDatabase();
    const incident = await addIncident(incidentInput({ description: 'Bilen holdt uden for igen' }), Date.UTC(2026, 0, 16));
    await attachFile(incident.id, new Blob([bytesOf(9 * 1024 * 1024 + 5, 7)]), { fileName: 'video.mp4', now: Date.UTC(2026, 0, 16, 1) });
    await attachFile(incident.id, new Blob([]), { fileName: 'empty.txt', now: Date.UTC(2026, 0, 16, 2) });
    await db.settings.bulkPut([{ key: 'quickExitSite', value: 'https://www.dr.dk/' }, { key: 'keyRing', value: { wraps: [] } }]);
    const before = await logContent();
    const backup = await backupOfLog();
    freshDatabase();
    await restoreFile(backup);
    expect(await logContent()).toEqual(before);
    expect(await db.settings.get('quickExitSite')).toEqual({ key: 'quickExitSite', value: 'https://www.dr.dk/' });
    expect(await db.settings.get('keyRing')).toBeUndefined();
    expect((await verifyLog()).ok).toBe(true);
  });

  it('into a log with entries: identical records once, a differing one kept both ways with the difference in the history', async () => {
    freshDatabase();
    const shared = await addIncident(incidentInput({ description: 'Samme hændelse' }), Date.UTC(2026, 0, 16));
    const changed = await addIncident(incidentInput({ description: 'Før' }), Date.UTC(2026, 0, 17));
    await attachFile(changed.id, new Blob([bytesOf(5000, 3)]), { fileName: 'foto.jpg', now: Date.UTC(2026, 0, 17, 1) });
    const person = await savePerson({ name: 'N.N.', relation: 'ex', phones: [], emails: [], profiles: [], vehicle: '', description: '' }, Date.UTC(2026, 0, 17, 2));
    await saveCaseDetails({ ownName: 'A', clearNoDate: '', clearNoNote: '', restrainingOrders: [] }, Date.UTC(2026, 0, 17, 3));
    const backup = await backupOfLog();
    // The same log goes on here: one incident edited, one new, the case changed.
    await updateIncident(changed.id, incidentInput({ description: 'Efter' }), Date.UTC(2026, 0, 18));
    const local = await addIncident(incidentInput({ description: 'Kun her' }), Date.UTC(2026, 0, 19));
    await saveCaseDetails({ ownName: 'B', clearNoDate: '', clearNoNote: '', restrainingOrders: [] }, Date.UTC(2026, 0, 19, 1));
    const revisionsBefore = await db.revisions.count();

    const summary = await restoreFile(backup);

    expect(summary).toMatchObject({ added: 0, identical: 2, keptBoth: 2 });
    expect(summary.caseDifferences.map((difference) => difference.field)).toEqual(['ownName', 'updatedAt']);
    const incidents = await db.incidents.toArray();
    expect(incidents.map((row) => row.description).sort()).toEqual(['Efter', 'Før', 'Kun her', 'Samme hændelse']);
    const copy = incidents.find((row) => row.description === 'Før')!;
    expect(copy.id).not.toBe(changed.id);
    expect(incidents.filter((row) => row.id === shared.id || row.id === local.id)).toHaveLength(2);
    expect((await db.people.toArray()).map((row) => row.id)).toEqual([person.id]);
    expect((await db.caseDetails.get('case'))!.ownName).toBe('B');
    // The copy's file came in under its own id, byte for byte.
    const [copyFile] = await db.attachments.where('incidentId').equals(copy.id).toArray();
    expect(copyFile!.id).not.toBe((await db.attachments.where('incidentId').equals(changed.id).first())!.id);
    expect((await everyStore()).fileHashes[copyFile!.id]).toBe(`5000:${toHex(sha256(bytesOf(5000, 3)))}`);
    // Two import entries appended (incident and file), naming the one kept here and how it differs.
    const added = (await db.revisions.orderBy('seq').toArray()).slice(revisionsBefore);
    expect(added.map((revision) => [revision.action, revision.entity])).toEqual([['import', 'incident'], ['import', 'attachment'], ['import', 'case']]);
    expect(added[0]!.changes.find((change) => change.field === 'importedFrom')!.after).toMatchObject({ copyOf: { id: changed.id, differingFields: ['description', 'updatedAt'] } });
    expect((await verifyLog()).ok).toBe(true);

    // The same backup again brings nothing new: everything it holds is here now, the copy included.
    const count = await db.revisions.count();
    expect(await restoreFile(backup)).toMatchObject({ added: 0, identical: 4, keptBoth: 0, caseDifferences: [{ field: 'ownName', here: 'B', backup: 'A' }, { field: 'updatedAt' }] });
    expect(await db.revisions.count()).toBe(count);
  });

  it('a differing case record: the one here stays, the backup\'s values go into its history, and the log verifies', async () => {
    freshDatabase();
    const orders = [{ issuedOn: '2026-01-05', expiresOn: '2031-01-05', journalNumber: '0100-12345-2026', note: '' }];
    await saveCaseDetails({ ownName: 'Anna', clearNoDate: '2025-12-01', clearNoNote: 'SMS', restrainingOrders: orders }, Date.UTC(2026, 0, 10));
    const backup = await backupOfLog();
    const kept = await saveCaseDetails({ ownName: 'Anna Berg', clearNoDate: '2025-12-01', clearNoNote: '', restrainingOrders: orders }, Date.UTC(2026, 0, 20), 1);
    const revisionsBefore = await db.revisions.count();

    const summary = await restoreFile(backup);

    expect(summary.caseDifferences).toEqual([
      { field: 'clearNoNote', here: '', backup: 'SMS' },
      { field: 'ownName', here: 'Anna Berg', backup: 'Anna' },
      { field: 'updatedAt', here: Date.UTC(2026, 0, 20), backup: Date.UTC(2026, 0, 10) },
    ]);
    // Nothing overwritten: the case here is as it was, only its save counter moved on with its history.
    expect(await db.caseDetails.get('case')).toEqual({ ...kept, version: kept.version + 1 });
    const [note, ...more] = (await db.revisions.orderBy('seq').toArray()).slice(revisionsBefore);
    expect(more).toEqual([]);
    expect(note).toMatchObject({ action: 'import', entity: 'case', entityId: 'case' });
    expect(note!.changes).toEqual([{ field: 'importedFrom', after: expect.objectContaining({ keptHere: summary.caseDifferences }) }]);
    const verification = await verifyLog();
    expect(verification.differences).toEqual([]);
    expect(verification.ok).toBe(true);

    // The same backup again: the difference is already noted, so nothing is added.
    expect((await restoreFile(backup)).caseDifferences).toEqual(summary.caseDifferences);
    expect(await db.revisions.count()).toBe(revisionsBefore + 1);
    // The case edited after the note (the counter contract holds: the save based on the new version goes through).
    await saveCaseDetails({ ownName: 'Anna B.', clearNoDate: '', clearNoNote: '', restrainingOrders: [] }, Date.UTC(2026, 0, 21), kept.version + 1);
    expect((await verifyLog()).ok).toBe(true);
  });

  it('into an unrelated log: everything comes in under its own ids, each with an import entry, and the log verifies', async () => {
    freshDatabase();
    await fc.assert(fc.asyncProperty(fc.array(step, { maxLength: 15 }), fc.array(step, { maxLength: 15 }), async (theirs, ours) => {
      freshDatabase();
      await run(theirs);
      const backup = await backupOfLog();
      const { incidents, attachments, people } = await logContent();
      freshDatabase();
      await run(ours);
      const localCount = (await db.incidents.count());
      await restoreFile(backup);
      expect(await db.incidents.count()).toBe(localCount + incidents.length);
      for (const attachment of attachments) expect(await db.attachments.get(attachment.id)).toMatchObject({ sha256: attachment.sha256 });
      expect(await db.people.count()).toBeGreaterThanOrEqual(people.length);
      const verification = await verifyLog();
      expect(verification.differences).toEqual([]);
      expect(verification.ok).toBe(true);
    }), { numRuns: 15 });
  }, 180_000); // as above

  it('a bad file gets its own reason and leaves every store as it was', async () => {
    freshDatabase();
    const incident = await addIncident(incidentInput({ description: 'Urørt' }), Date.UTC(2026, 0, 16));
    await attachFile(incident.id, new Blob([bytesOf(70_000, 5)]), { fileName: 'a.bin', now: Date.UTC(2026, 0, 16, 1) });
    const good = new Uint8Array(await (await backupOfLog()).arrayBuffer());
    await addIncident(incidentInput({ description: 'Senere' }), Date.UTC(2026, 0, 17));
    const before = await everyStore();
    const flipped = good.slice();
    flipped[Math.floor(good.length / 2)]! ^= 0x40;
    const newer = good.slice();
    newer[9] = 2;
    const cases: [Blob, string, string?][] = [
      [new Blob([good]), 'wrongPassphrase', 'not the passphrase'],
      [new Blob([flipped]), 'damaged'],
      [new Blob([good.subarray(0, good.length - 100)]), 'truncated'],
      [new Blob([]), 'empty'],
      [new Blob([bytesOf(3000, 11)]), 'notBackup'],
      [new Blob([newer]), 'damaged'], // its header checksum no longer matches; a real newer file: backupFormat.test.ts
    ];
    for (const [file, problem, passphrase] of cases) {
      expect(await problemOf(restoreFile(file, passphrase))).toBe(problem);
      expect(await everyStore()).toEqual(before);
    }
  });

  it('a restore that fails while writing files rolls back whole', async () => {
    const checked = await backupWithTwoFiles();
    freshDatabase();
    const before = await everyStore();
    const failing = stoppingAtSecondFile(checked, () => Promise.reject(new Error('the disk went away')));
    await expect(restoreBackup(failing)).rejects.toThrow('the disk went away');
    expect(await everyStore()).toEqual(before);
  });

  it('a page closed in the middle of a restore: the next start rolls it back, nothing half', async () => {
    // Chunks are written four to a transaction: the page dies at the end of a file of five chunks, whose last one is
    // still being cut, so four chunks are on disk (four of it, or the other file's one and three of it: file order is
    // by random id).
    const bigFile = 4 * 4 * 1024 * 1024 + 100;
    const checked = await backupWithTwoFiles(bigFile);
    const closing = freshDatabase();
    const before = await everyStore();
    let wroteOne!: () => void;
    const oneWritten = new Promise<void>((resolve) => { wroteOne = resolve; });
    const hanging = stoppingAtEndOfFile(checked, bigFile, () => {
      wroteOne();
      return new Promise(() => undefined); // the page is gone
    });
    void restoreBackup(hanging);
    await oneWritten;
    await expect.poll(() => closing.fileChunks.count(), { timeout: 60_000 }).toBe(4);
    // Reopened: a new connection to the same database.
    const reopened = new SporDatabase(closing.name);
    useDatabase(reopened);
    expect(await rollBackInterruptedRestore()).toBe(true);
    expect(await everyStore(reopened)).toEqual(before);
    expect(await rollBackInterruptedRestore()).toBe(false);
  }, 180_000); // making a 16 MB backup and waiting out the first writes: minutes on a slow machine, none of it asserted
});

describe('cancel', () => {
  it('a cancelled restore changes nothing, whether cancelled while checking or while writing', async () => {
    const file = await twoFileBackup();
    freshDatabase();
    const before = await everyStore();
    const whileChecking = new AbortController();
    whileChecking.abort();
    expect(await problemOf(checkBackup(file, { ...openOptions, signal: whileChecking.signal }))).toBe('cancelled');
    const whileWriting = new AbortController();
    const checked = await checkBackup(file, { ...openOptions, signal: whileWriting.signal });
    expect(await problemOf(restoreBackup(checked, { onProgress: ({ stage }) => { if (stage === 'files') whileWriting.abort(); } }))).toBe('cancelled');
    expect(await everyStore()).toEqual(before);
  });
});

