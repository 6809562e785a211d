import { importDataKey, type DataKey } from '../crypto/dataKey';
import type { Argon2idParams } from '../crypto/kdfParams';
import { emptyBuffer, openBulk, sealBulk } from '../crypto/bulkCipher';
import { additionalData, DecryptionError, open, seal, type Bytes } from '../crypto/sealed';
import { readAhead } from '../domain/readAhead';
import { BackupError, sealOverhead } from './backupFormat';
import { fromHex } from './recordJson';

// The encrypted body of a backup: one continuous plain stream cut into frames of `frameBytes`, each sealed with the
// head's digest, its number and a last flag in the additional data, so frames cannot be reordered, dropped, repeated,
// cut off or moved between backups. The check value tells the reader how many frames to expect before it reads one.

/** Argon2id over the passphrase: the worker in the app, the WebAssembly directly in tests and the benchmark. */
export type DeriveBackupKey = (passphrase: string, params: Argon2idParams) => Promise<Uint8Array>;

export interface FrameCount {
  plainBytes: number;
  frameCount: number;
}

export function frameContext(digest: string, index: number, last: boolean) {
  return additionalData('backup-frame', digest, index, last);
}

function checkContext(backupId: string) {
  return additionalData('backup-check', backupId);
}

export async function backupKey(passphrase: string, params: Argon2idParams, derive: DeriveBackupKey): Promise<DataKey> {
  return importDataKey(await derive(passphrase, params));
}

export function saltOf(hex: string): Uint8Array<ArrayBuffer> {
  return fromHex(hex);
}

export function countFrames(plainBytes: number, frameBytes: number): FrameCount {
  return { plainBytes, frameCount: Math.max(1, Math.ceil(plainBytes / frameBytes)) };
}

export async function sealCheck(key: DataKey, backupId: string, count: FrameCount): Promise<Uint8Array> {
  return seal(key.webKey, checkContext(backupId), new TextEncoder().encode(JSON.stringify(count)));
}

/** Opens the check value: the one place a wrong passphrase is told apart (the head's digest already vouched for its bytes). */
export async function openCheck(key: DataKey, backupId: string, sealed: Uint8Array, frameBytes: number): Promise<FrameCount> {
  let plain: Uint8Array;
  try {
    plain = await open(key.webKey, checkContext(backupId), sealed, 'backup check');
  } catch (error) {
    if (error instanceof DecryptionError) throw new BackupError('wrongPassphrase', 'the passphrase does not open this backup', { cause: error });
    throw error;
  }
  const count = JSON.parse(new TextDecoder().decode(plain)) as FrameCount;
  if (!Number.isSafeInteger(count.plainBytes) || countFrames(count.plainBytes, frameBytes).frameCount !== count.frameCount) {
    throw new BackupError('damaged', 'the frame count does not add up');
  }
  return count;
}

/**
 * Cuts the plain stream into frames and seals each in the cipher's workers, two at a time while the next frame is
 * filled; fails if the stream is not exactly `plainBytes` long.
 */
export async function* sealFrames(key: DataKey, digest: string, count: FrameCount, frameBytes: number, plain: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  const sealing: Promise<Bytes>[] = [];
  let frame = emptyBuffer(frameBytes);
  let filled = 0;
  let index = 0;
  let total = 0;
  const startSealing = (bytes: Uint8Array) => {
    const last = index === count.frameCount - 1;
    const sealed = sealBulk(key.webKey, frameContext(digest, index++, last), bytes); // hands the frame over
    sealed.catch(() => undefined); // thrown when its turn comes
    sealing.push(sealed);
  };
  for await (const piece of plain) {
    total += piece.length;
    if (total > count.plainBytes) throw new Error('the backup grew while it was written');
    let at = 0;
    while (at < piece.length) {
      const take = Math.min(frameBytes - filled, piece.length - at);
      frame.set(piece.subarray(at, at + take), filled);
      filled += take;
      at += take;
      if (filled === frameBytes && total < count.plainBytes) {
        startSealing(frame);
        frame = emptyBuffer(frameBytes);
        filled = 0;
        if (sealing.length >= 2) yield await sealing.shift()!;
      }
    }
  }
  if (total !== count.plainBytes) throw new Error(`the backup's content changed while it was written (${total} of ${count.plainBytes} bytes)`);
  startSealing(frame.subarray(0, filled));
  while (sealing.length) yield await sealing.shift()!;
}

/** Reads, opens and yields each frame's plain bytes in order; `onRead` gets the file position reached. */
export async function* openFrames(file: Blob, key: DataKey, digest: string, headBytes: number, count: FrameCount, frameBytes: number,
  onRead?: (position: number) => void, signal?: AbortSignal): AsyncGenerator<Uint8Array> {
  const frameAt = async (index: number): Promise<{ plain: Uint8Array; end: number }> => {
    const last = index === count.frameCount - 1;
    const start = headBytes + index * (frameBytes + sealOverhead);
    const plainLength = last ? count.plainBytes - index * frameBytes : frameBytes;
    const end = start + plainLength + sealOverhead;
    try {
      // The slice is read where it is opened: in the cipher's worker.
      return { plain: await openBulk(key.webKey, frameContext(digest, index, last), file.slice(start, end), `frame ${index}`), end };
    } catch (error) {
      if (error instanceof DecryptionError) throw new BackupError('damaged', `frame ${index} does not open`, { cause: error });
      throw error;
    }
  };
  // The next frame is read and opened while the caller works on this one (hashing it, writing it to the database).
  for await (const frame of readAhead(count.frameCount, frameAt)) {
    if (signal?.aborted) throw new BackupError('cancelled', 'cancelled');
    yield frame.plain;
    onRead?.(frame.end);
  }
}
