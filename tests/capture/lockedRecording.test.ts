import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { markUnlocked } from '../../src/app/lock';
import { ensureInboxKey } from '../../src/capture/inbox';
import { deleteInbox, lockedRecordingIds, lockedRecordingRows } from '../../src/capture/inboxDb';
import { lockedRecordingInbox, recoverRecordingsAfterUnlock } from '../../src/capture/lockedRecording';
import { newDataKey, type DataKey } from '../../src/crypto/dataKey';
import { sha256Hex } from '../../src/crypto/sha256';
import { getAttachmentFile, getIncident, listAttachments } from '../../src/db';
import { beginRecording, recordingIds, storeRecordingPiece } from '../../src/db/recordings';
import { useStoreCipher } from '../../src/db/sealing';
import { storeCipherFor } from '../../src/db/storeCipher';
import { freshDatabase } from '../helpers/db';
import { containsBytes } from '../helpers/bytes';

// A recording that the lock interrupted and a crash cut off: what the next unlock makes of it (the recorder's own
// handling of a lock while it keeps running is in recorder.test.ts).

const start = Date.UTC(2026, 10, 28, 20, 0, 0);
/** A piece of recognisable bytes, so a plain copy of it would be found in the inbox. */
const piece = (value: number) => new Uint8Array(64).map((_, index) => (value * 31 + index) & 0xff);
const marker = (id: string, kind: 'other' | 'alarm' = 'other') => ({ id, incidentId: 'incident-1', kind, startedAt: start, mimeType: 'audio/webm', fileName: `${id}.webm` });

describe('a recording made while locked, after a crash', () => {
  let key: DataKey;
  const open = () => useStoreCipher(storeCipherFor(key));
  const lock = () => useStoreCipher(undefined);
  beforeEach(async () => {
    freshDatabase();
    key = await newDataKey();
    open();
    markUnlocked(key);
    await ensureInboxKey();
  });
  afterEach(async () => {
    await deleteInbox();
  });

  it('locked half way, cut off, unlocked: the pieces of the log and of the inbox are one attachment, in order, with its start, end and SHA-256; the inbox is empty', async () => {
    await beginRecording(marker('r1'));
    await storeRecordingPiece('r1', 0, piece(0), start + 2000);
    await storeRecordingPiece('r1', 1, piece(1), start + 4000);
    lock();
    const inbox = lockedRecordingInbox('r1');
    await inbox.storePiece(2, piece(2), start + 6000);
    await inbox.storePiece(3, piece(3), start + 8000);
    // In the inbox only sealed bytes: no piece can be read back without the data key.
    const rows = await lockedRecordingRows('r1');
    expect(rows.map((row) => row.index)).toEqual([2, 3]);
    for (const row of rows) for (const part of row.parts) expect(containsBytes(new Uint8Array(part), piece(row.index))).toBe(false);
    // The page is gone; the next start, after the unlock:
    open();
    expect(await recoverRecordingsAfterUnlock(key, async () => false)).toBe(1);
    const [attachment] = await listAttachments('incident-1');
    const whole = new Uint8Array([...piece(0), ...piece(1), ...piece(2), ...piece(3)]);
    expect(attachment).toMatchObject({ id: 'r1', size: 256, sha256: sha256Hex(whole), capturedAt: start, recordedUntil: start + 8000 });
    expect(new Uint8Array(await (await getAttachmentFile('r1')).arrayBuffer())).toEqual(whole);
    expect([await lockedRecordingIds(), await recordingIds()]).toEqual([[], []]);
  });

  it('started locked (nothing of it in the log) and cut off: the unlock creates its incident, kind and start, with the recording', async () => {
    lock();
    const inbox = lockedRecordingInbox('r2');
    await inbox.describe(marker('r2', 'alarm'));
    await inbox.storePiece(0, piece(0), start + 2000);
    await inbox.storePiece(1, piece(1), start + 4000);
    open();
    expect(await recoverRecordingsAfterUnlock(key, async () => false)).toBe(1);
    expect(await getIncident('incident-1')).toMatchObject({ kind: 'alarm', occurredAt: start, attachmentIds: ['r2'] });
    expect((await listAttachments('incident-1'))[0]).toMatchObject({ size: 128, capturedAt: start, recordedUntil: start + 4000 });
    expect(await lockedRecordingIds()).toEqual([]);
  });

  it('leaves the inbox pieces of a recording still running (in another tab) where they are', async () => {
    lock();
    await lockedRecordingInbox('r3').storePiece(0, piece(0), start + 2000);
    open();
    await recoverRecordingsAfterUnlock(key, async (id) => id === 'r3');
    expect(await lockedRecordingIds()).toEqual(['r3']);
  });

  it('a piece sealed for another data key (the key changed) stays in the inbox; the rest is joined without it', async () => {
    await beginRecording(marker('r4'));
    await storeRecordingPiece('r4', 0, piece(0), start + 2000);
    lock();
    await lockedRecordingInbox('r4').storePiece(1, piece(1), start + 4000);
    const other = await newDataKey();
    markUnlocked(other);
    await ensureInboxKey(); // a new inbox key: the piece above no longer opens
    markUnlocked(key);
    open();
    await recoverRecordingsAfterUnlock(key, async () => false);
    expect((await listAttachments('incident-1'))[0]).toMatchObject({ size: 64 });
    expect(await lockedRecordingIds()).toEqual(['r4']);
  });
});
