import { BackupError } from './backupFormat';
import { BlobCollector } from './blobCollector';
import type { PreparedBackup } from './writeBackup';

// Where a backup's bytes go as they are made. Where the browser lets the page write to a file the person picks
// (showSaveFilePicker, Chromium on a computer), each frame goes straight to disk and the file never sits whole in
// memory; elsewhere the frames are gathered as Blob parts (which the browser may keep on disk) for the share sheet
// or a download.

export interface BackupOutput {
  write(piece: Uint8Array): Promise<void>;
  /** Every byte written: the finished file (for the share sheet, or to name where it was saved). */
  close(): Promise<File>;
  /** Cancelled or failed: nothing of the file is kept. */
  abort(): Promise<void>;
}

/** Gathers the file in memory-friendly Blob parts, named `fileName`. */
export function blobOutput(fileName: string): BackupOutput {
  const collector = new BlobCollector();
  return {
    write: async (piece) => collector.add(piece),
    close: async () => new File([collector.toBlob('application/octet-stream')], fileName, { type: 'application/octet-stream' }),
    abort: async () => undefined,
  };
}

/** `FileSystemHandle.remove()`: Chromium has it (for exactly this case, a save the person called off); not in every engine. */
type RemovableHandle = FileSystemFileHandle & { remove?: () => Promise<void> };

/**
 * Writes into the file behind `handle`. Chromium writes into a side file and moves it into place on `close()`, so an
 * aborted write leaves the picked file as it was; a file the picker made for this backup (still empty) is removed
 * then, while one that already held something (an older backup the person chose to replace) is left untouched.
 */
export async function fileOutput(handle: FileSystemFileHandle): Promise<BackupOutput> {
  const madeForThis = (await handle.getFile()).size === 0;
  const writable = await handle.createWritable();
  return {
    write: (piece) => writable.write(piece as Uint8Array<ArrayBuffer>),
    close: async () => {
      await writable.close();
      return handle.getFile();
    },
    abort: async () => {
      await writable.abort();
      if (madeForThis) await (handle as RemovableHandle).remove?.();
    },
  };
}

/**
 * Prepares a backup and streams it into `output`, which is opened before (so a backup that fails before its first
 * byte still removes the file a picker made for it); on cancel or any failure the output is aborted, then the error
 * is passed on.
 */
export async function writeBackupTo(output: BackupOutput, prepare: () => Promise<PreparedBackup>,
  onProgress?: (done: number, total: number) => void, signal?: AbortSignal): Promise<File> {
  let done = 0;
  try {
    const prepared = await prepare();
    for await (const piece of prepared.pieces()) {
      if (signal?.aborted) throw new BackupError('cancelled', 'cancelled');
      await output.write(piece);
      onProgress?.((done += piece.length), prepared.size);
    }
    return await output.close();
  } catch (error) {
    await output.abort().catch(() => undefined); // the first failure is the one to report
    throw error;
  }
}
