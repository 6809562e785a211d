import { sha256 } from '@noble/hashes/sha2.js';
import { toHex } from '../crypto/sha256';
import { blankIncident } from '../domain/incident';
import type { IncidentKind } from '../domain/kinds';
import { joinablePieces } from '../domain/recordingPieces';
import type { Attachment, IncidentInput, Instant } from '../domain/types';
import { attachmentFromRow, linkAttachments, linkingTables, type PreparedAttachment } from './attachments';
import { readChunk, writeChunk } from './chunkStore';
import { db } from './database';
import { mapStorageErrors } from './errors';
import { saveIncident } from './incidents';
import { currentCipher } from './sealing';

// A recording is stored while it is made: each piece the recorder hands over (every few seconds) is written at once
// as the next chunk of its file, so a crash, a call or a killed app loses at most the last piece. A marker row in
// `settings` names the recording (incident, start, type, last piece) until the end, when the file's head is written
// and the attachment linked in one transaction that also removes the marker. A marker still there at the next start
// belongs to a recording that never ended: `recoverRecordings` joins its pieces into one attachment then.
// Trade-off: the pieces are the recorder's own sizes (a few seconds each), not 4 MiB chunks; readers never assume a size.

const markerPrefix = 'recording:';

export interface RecordingMarker {
  /** The file's id, and the attachment's id once linked. */
  id: string;
  incidentId: string;
  /** Used only when the incident has to be created (it did not exist, or was deleted for good meanwhile). */
  kind: IncidentKind;
  startedAt: Instant;
  /** The recorder's container type without codec parameters, e.g. `audio/webm` or `audio/mp4`. */
  mimeType: string;
  fileName: string;
  /** When the last piece was stored: the end of a recording that never stopped. */
  lastPieceAt?: Instant;
  pieces: number;
}

/** The incident a recording belongs to, with nothing but its kind and time, as the log's record button makes it. */
function minimalIncident(kind: IncidentKind, at: Instant): IncidentInput {
  return blankIncident(at, undefined, kind) as IncidentInput;
}

/**
 * Starts a stored recording: the incident is created if it does not exist (so the recording always has a home, and
 * the editor or the alarm fills it in later), then the marker is written. Returns the incident's version now.
 * Once begun (or finished), beginning again changes nothing: a recording started while locked is begun at the unlock
 * that moves it in (src/capture/lockedRecording.ts), maybe twice after a crash.
 */
export async function beginRecording(marker: Omit<RecordingMarker, 'pieces'>): Promise<number> {
  return mapStorageErrors(() =>
    db.transaction('rw', [...linkingTables(), db.settings], async () => {
      const existing = await db.incidents.get(marker.incidentId);
      if ((await db.settings.get(markerPrefix + marker.id)) || (await db.attachments.get(marker.id))) return existing?.version ?? 0;
      const version = existing
        ? existing.version
        : (await saveIncident({ id: marker.incidentId, baseVersion: 0, input: minimalIncident(marker.kind, marker.startedAt) }, marker.startedAt)).version;
      await db.settings.put({ key: markerPrefix + marker.id, value: { ...marker, pieces: 0 } satisfies RecordingMarker });
      return version;
    }),
  );
}

/**
 * Stores piece `index` of a recording, then notes its time in the marker. Two writes, not one transaction: the chunk
 * write may encrypt (asynchronous), and the pieces themselves, not the marker's count, are what a recovery joins.
 */
export async function storeRecordingPiece(id: string, index: number, bytes: Uint8Array, at: Instant): Promise<void> {
  currentCipher(); // while locked a missing marker reads as absent: say LockedError, never drop the piece silently
  if (!(await db.settings.get(markerPrefix + id))) return; // finished or recovered meanwhile: nothing to add to
  await writeChunk(db, id, index, false, bytes); // a piece is never the last chunk: finishing adds an empty one
  await mapStorageErrors(() =>
    db.transaction('rw', db.settings, async () => {
      const row = await db.settings.get(markerPrefix + id);
      if (!row) return;
      const marker = row.value as RecordingMarker;
      // Pieces moved in from the inbox after an unlock may arrive after later ones: the marker keeps the latest.
      const lastPieceAt = Math.max(marker.lastPieceAt ?? at, at);
      await db.settings.put({ key: row.key, value: { ...marker, lastPieceAt, pieces: Math.max(marker.pieces, index + 1) } });
    }),
  );
}

async function pieceIndexes(id: string): Promise<number[]> {
  const keys = (await db.fileChunks.where('fileId').equals(id).primaryKeys()) as [string, number][];
  return keys.map(([, index]) => index);
}

/**
 * Ends a recording: its pieces (those in an unbroken run from the first) become one file with a head, hashed, and
 * an attachment of its incident, in one transaction with the marker's removal. `endedAt` absent: the last piece's time.
 * A recording with no piece at all leaves nothing but is ended too.
 */
export async function finishRecording(id: string, endedAt?: Instant, now: Instant = Date.now()): Promise<Attachment | undefined> {
  const row = await db.settings.get(markerPrefix + id);
  if (!row) {
    const linked = await db.attachments.get(id);
    return linked && attachmentFromRow(linked);
  }
  const marker = row.value as RecordingMarker;
  const pieces = joinablePieces(await pieceIndexes(id));
  const readPiece = (index: number) => readChunk(db, id, index, false).catch(async (error: unknown) => {
    // The last chunk of a finish cut short before its transaction (empty, or a WebM's Cues): the pieces end before it.
    if (index === pieces.length - 1 && (await readChunk(db, id, index, true).catch(() => undefined))) return undefined;
    throw error;
  });
  // Read before the transaction: reading is only IndexedDB, but hashing a long recording should not hold it.
  const tail = marker.mimeType === 'audio/webm' ? await makeSeekable(id, pieces, readPiece) : undefined;
  const hasher = sha256.create();
  let size = 0;
  for (const index of pieces) {
    const bytes = await readPiece(index);
    if (!bytes) {
      pieces.pop();
      break;
    }
    hasher.update(bytes);
    size += bytes.length;
  }
  // The file ends with a chunk sealed as the last (while recording, no piece knew it would be the last one): a WebM's
  // Cues, or else empty.
  if (size) {
    const last = tail ?? new Uint8Array();
    hasher.update(last);
    size += last.length;
    await writeChunk(db, id, pieces.length, true, last);
  }
  const end = endedAt ?? marker.lastPieceAt ?? marker.startedAt;
  const prepared: PreparedAttachment = {
    id, fileName: marker.fileName, mimeType: marker.mimeType, size, sha256: toHex(hasher.digest()), addedAt: now,
    capturedAt: marker.startedAt, capturedAtSource: 'recording', recordedUntil: Math.max(end, marker.startedAt),
  };
  await mapStorageErrors(() =>
    db.transaction('rw', [...linkingTables(), db.settings], async () => {
      if (!(await db.settings.get(row.key))) return; // another tab finished it first
      await db.settings.delete(row.key);
      if (!size) {
        await db.fileChunks.where('fileId').equals(id).delete();
        return;
      }
      // Pieces after a gap could not be played after it; they go, the whole run before it stays.
      const stray = (await pieceIndexes(id)).filter((index) => index > pieces.length);
      for (const index of stray) await db.fileChunks.delete([id, index]);
      await db.files.put({ id, type: marker.mimeType, name: marker.fileName, size, chunkCount: pieces.length + 1 });
      if (await db.incidents.get(marker.incidentId)) await linkAttachments(marker.incidentId, [prepared], now);
      else await saveIncident({ id: marker.incidentId, baseVersion: 0, input: minimalIncident(marker.kind, marker.startedAt), attachments: [prepared] }, now);
    }),
  );
  const linked = await db.attachments.get(id);
  return linked && attachmentFromRow(linked);
}

/**
 * Makes a WebM recording seekable (src/domain/seekableWebm.ts): its first piece is rewritten with a head that holds the
 * Duration and a SeekHead, and the Cues to end the file with are returned. Reads every piece once more than the hash
 * does, and drops a trailing chunk of an earlier finish cut short from `pieces`. Undefined (the file kept exactly as
 * recorded) if the bytes are not as expected.
 */
async function makeSeekable(id: string, pieces: number[], readPiece: (index: number) => Promise<Uint8Array | undefined>): Promise<Uint8Array | undefined> {
  const { WebmReader, seekableParts } = await import('../domain/seekableWebm');
  const reader = new WebmReader();
  let first: Uint8Array | undefined;
  for (const index of [...pieces]) {
    const bytes = await readPiece(index);
    if (!bytes) {
      pieces.pop();
      break;
    }
    first ??= bytes;
    reader.push(bytes);
  }
  const layout = reader.finish();
  const parts = layout && seekableParts(layout);
  // The head must lie within the first piece: only that piece is rewritten (the recorder's first piece always holds it).
  if (!first || !layout || !parts || layout.head.length > first.length) return undefined;
  const rewritten = new Uint8Array(parts.head.length + first.length - layout.head.length);
  rewritten.set(parts.head);
  rewritten.set(first.subarray(layout.head.length), parts.head.length);
  await writeChunk(db, id, 0, false, rewritten);
  return parts.cues;
}

// A recording holds a Web Lock named after it while it runs, so another tab's start-up (which recovers recordings
// that never ended) can tell a live recording from one whose page is gone. Without Web Locks every recording counts
// as ended at start: a second tab could then end another tab's recording early (its later pieces are not stored).

const lockPrefix = 'spor-recording:';

/** Holds the recording's lock until the returned function is called. */
export function holdRecordingLock(id: string): () => void {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  void navigator.locks?.request(lockPrefix + id, () => held).catch(() => undefined);
  return release;
}

/** Whether a recording is still being made, in this tab or another. */
export async function isRecordingRunning(id: string): Promise<boolean> {
  if (!navigator.locks) return false;
  const { held = [] } = await navigator.locks.query();
  return held.some((lock) => lock.name === lockPrefix + id);
}

/** Files of recordings not yet ended: the clean-up of unlinked bytes leaves them alone. */
export async function recordingIds(): Promise<string[]> {
  const keys = (await db.settings.where('key').startsWith(markerPrefix).primaryKeys()) as string[];
  return keys.map((key) => key.slice(markerPrefix.length));
}

/** The marker of a recording not yet ended (tests, and the editor showing what is being recorded). */
export async function recordingMarker(id: string): Promise<RecordingMarker | undefined> {
  return (await db.settings.get(markerPrefix + id))?.value as RecordingMarker | undefined;
}

/**
 * At start: every recording that never ended (the page was closed, the phone died) becomes an attachment of its
 * pieces. `isRunning` tells a recording still being made in another tab, which is left alone. Returns how many.
 */
export async function recoverRecordings(isRunning: (id: string) => Promise<boolean>, now: Instant = Date.now()): Promise<number> {
  let recovered = 0;
  for (const id of await recordingIds()) {
    if (await isRunning(id)) continue;
    if (await finishRecording(id, undefined, now)) recovered += 1;
  }
  return recovered;
}
