import { describe, expect, it } from 'vitest';
import { argon2idMinimum } from '../../src/crypto/kdfParams';
import { blobOutput, fileOutput, writeBackupTo } from '../../src/backup/backupOutput';
import { BackupError } from '../../src/backup/backupFormat';
import { checkBackup } from '../../src/backup/readBackup';
import { prepareBackup } from '../../src/backup/writeBackup';
import { bytesOf, derive, openOptions, passphrase, sourceOf } from './backupSample';

// Where the backup's bytes go: a file the person picked (written piece by piece, never whole in memory) or Blob parts.

const files = [bytesOf(30_000, 1), bytesOf(0), bytesOf(9_000, 2)];
const prepare = (signal?: AbortSignal) => () => prepareBackup(sourceOf(files), { passphrase, derive, appVersion: 'test', cost: argon2idMinimum, frameBytes: 4096, signal });

/** A save picker's file handle, as Chromium hands it over: writes go to a side file that `close()` moves into place. */
function pickedFile(existing: Uint8Array = new Uint8Array()) {
  const seen = { writes: [] as Uint8Array[], largestWrite: 0, closed: false, aborted: false, removed: false };
  let content = new Blob([existing as BlobPart]);
  const handle = {
    name: '2026-11-28.spor',
    getFile: async () => new File([content], '2026-11-28.spor'),
    createWritable: async () => ({
      write: async (piece: Uint8Array) => {
        seen.writes.push(piece.slice());
        seen.largestWrite = Math.max(seen.largestWrite, piece.length);
      },
      close: async () => {
        seen.closed = true;
        content = new Blob(seen.writes as BlobPart[]);
      },
      abort: async () => { seen.aborted = true; },
    }),
    remove: async () => { seen.removed = true; },
  };
  return { handle: handle as unknown as FileSystemFileHandle, seen };
}

async function filesIn(backup: Blob): Promise<Uint8Array[]> {
  const checked = await checkBackup(backup, openOptions);
  const back: Uint8Array[] = [];
  for await (const { bytes } of checked.readFiles(() => true)) {
    const parts: Uint8Array[] = [];
    for await (const piece of bytes) parts.push(piece.slice());
    back.push(new Uint8Array(await new Blob(parts as BlobPart[]).arrayBuffer()));
  }
  return back;
}

describe('backup output', () => {
  it('writes into a picked file frame by frame, and what it wrote restores byte for byte', async () => {
    const { handle, seen } = pickedFile();
    const progress: number[] = [];
    const file = await writeBackupTo(await fileOutput(handle), prepare(), (done) => progress.push(done));
    expect(seen).toMatchObject({ closed: true, aborted: false, removed: false });
    expect(seen.writes.length).toBeGreaterThan(5);
    expect(seen.largestWrite).toBeLessThanOrEqual(4096 + 29); // one sealed frame at a time, never the whole file
    expect(file.size).toBe(progress.at(-1));
    expect(await filesIn(file)).toEqual(files);
  });

  it('gathers Blob parts into a file with the date-only name where there is no picker', async () => {
    const file = await writeBackupTo(blobOutput('2026-11-28.spor'), prepare());
    expect(file.name).toBe('2026-11-28.spor');
    expect(await filesIn(file)).toEqual(files);
  });

  it('cancelled: the write is aborted and the file the picker made for it is removed', async () => {
    const { handle, seen } = pickedFile();
    const controller = new AbortController();
    const writing = writeBackupTo(await fileOutput(handle), prepare(controller.signal), (done) => { if (done > 10_000) controller.abort(); }, controller.signal);
    await expect(writing).rejects.toThrow(BackupError);
    expect(seen).toMatchObject({ closed: false, aborted: true, removed: true });
  });

  it('a failure before the first byte still aborts; a file that held something before is never removed', async () => {
    const { handle, seen } = pickedFile(bytesOf(500, 3));
    const failing = () => Promise.reject(new Error('a file in the log is missing'));
    await expect(writeBackupTo(await fileOutput(handle), failing)).rejects.toThrow('a file in the log is missing');
    expect(seen).toMatchObject({ closed: false, aborted: true, removed: false });
    expect(seen.writes).toEqual([]);
  });
});
