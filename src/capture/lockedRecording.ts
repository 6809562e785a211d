import type { DataKey } from '../crypto/dataKey';
import { openInboxPrivateKey, openShare, sealShare } from '../crypto/inboxSeal';
import { beginRecording, isRecordingRunning, recoverRecordings, storeRecordingPiece, type RecordingMarker } from '../db/recordings';
import { fileLinking } from '../db/unlinkedFiles';
import type { Instant } from '../domain/types';
import { currentRecording } from './currentRecording';
import { deleteLockedRecordingRow, lockedRecordingIds, lockedRecordingRows, putLockedRecordingRow, readInboxKey } from './inboxDb';

// A recording goes on while the app is locked (auto-lock, the lock button, quick exit, an alarm from the lock screen),
// but without the data key nothing can be written to the log. Each piece is then sealed to the inbox's public key, as
// the service worker seals a share (readable without the passcode, it can seal but never open), and stored in the
// inbox at once, so a crash while locked loses no more than while open. At the next unlock the pieces are opened with
// the inbox's private key (itself sealed by the data key), written into the log as the recording's next chunks, and
// removed from the inbox; the recording is then finished as any other.

/** A recording started while locked is described here (its marker, sealed), since the log cannot hold its marker yet. */
const descriptionIndex = -1;

/** Binds each sealed part to its recording and place, so pieces cannot be reordered or moved to another recording. */
const sealedName = (recordingId: string, index: number) => `recording:${recordingId}:${index}`;

/** Stores recording parts in the inbox while the app is locked. */
export interface LockedRecordingInbox {
  /** A recording started while locked: its marker, until the unlock writes it into the log. */
  describe(marker: Omit<RecordingMarker, 'pieces'>): Promise<void>;
  storePiece(index: number, bytes: Uint8Array, at: Instant): Promise<void>;
}

/** Thrown when nothing can be sealed while locked: Spor was never opened unlocked on this phone, so there is no inbox key. */
export class NoInboxKeyError extends Error {
  override name = 'NoInboxKeyError';
  constructor() {
    super('The app is locked and has no inbox key to store the recording under');
  }
}

/** The inbox for one recording; the inbox key is read once, at its first use. */
export function lockedRecordingInbox(recordingId: string): LockedRecordingInbox {
  let publicKey: Promise<Uint8Array> | undefined;
  const put = async (index: number, parts: Uint8Array[]) => {
    publicKey ??= readInboxKey().then((key) => {
      if (!key) throw new NoInboxKeyError();
      return new Uint8Array(key.publicKey);
    });
    const sealed = await sealShare(await publicKey.catch((error: unknown) => {
      publicKey = undefined; // asked again next time: the key may exist by then
      throw error;
    }), sealedName(recordingId, index), parts);
    await putLockedRecordingRow({
      recordingId, index, ephemeralPublicKey: sealed.ephemeralPublicKey.buffer, parts: sealed.parts.map((part) => part.buffer),
    });
  };
  const json = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
  return {
    describe: (marker) => put(descriptionIndex, [json(marker)]),
    storePiece: (index, bytes, at) => put(index, [json({ at }), bytes]),
  };
}

/**
 * Moves one recording's parts from the inbox into the log (the app is open with `dataKey`): its marker first if it was
 * started locked (creating its incident), then each piece in order, each removed from the inbox once written. Every step
 * may run twice (a crash half way): markers and chunks are written by key. A part that does not open (sealed to an
 * inbox key of another data key) stays where it is.
 */
export function moveLockedRecording(dataKey: DataKey, recordingId: string): Promise<void> {
  // As a save does: the clean-up of unlinked bytes at start waits, so it never sees pieces before their marker.
  return fileLinking(() => move(dataKey, recordingId));
}

async function move(dataKey: DataKey, recordingId: string): Promise<void> {
  const rows = await lockedRecordingRows(recordingId);
  if (!rows.length) return;
  const key = await readInboxKey();
  if (!key) return;
  // An inbox key of another data key (the data key was replaced): nothing sealed to it can be opened.
  const privateKey = await openInboxPrivateKey(dataKey, new Uint8Array(key.sealedPrivateKey)).catch(() => undefined);
  if (!privateKey) return;
  for (const row of rows) {
    const parts = await openShare(privateKey, new Uint8Array(key.publicKey), sealedName(recordingId, row.index), {
      ephemeralPublicKey: new Uint8Array(row.ephemeralPublicKey), parts: row.parts.map((part) => new Uint8Array(part)),
    }).catch(() => undefined);
    if (!parts) continue;
    const facts = JSON.parse(new TextDecoder().decode(parts[0])) as Omit<RecordingMarker, 'pieces'> & { at: Instant };
    if (row.index === descriptionIndex) await beginRecording(facts);
    else await storeRecordingPiece(recordingId, row.index, parts[1]!, facts.at);
    await deleteLockedRecordingRow(recordingId, row.index);
  }
}

/** This tab's own recording counts as running even where Web Locks are missing (Safari before 15.4). */
async function runningHereOrElsewhere(id: string): Promise<boolean> {
  return currentRecording.value?.id === id || isRecordingRunning(id);
}

/**
 * After each unlock: recordings that ran while locked and are no longer being made (stopped while locked, or cut off by
 * a crash) move into the log, then every recording that never ended is finished from its pieces.
 */
export async function recoverRecordingsAfterUnlock(dataKey: DataKey, isRunning: (id: string) => Promise<boolean> = runningHereOrElsewhere): Promise<number> {
  for (const id of await lockedRecordingIds()) {
    if (!(await isRunning(id))) await moveLockedRecording(dataKey, id);
  }
  return recoverRecordings(isRunning);
}
