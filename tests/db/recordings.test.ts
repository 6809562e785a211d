import { beforeEach, describe, expect, it } from 'vitest';
import { getAttachmentFile, getIncident, listAttachments, listRevisions, verifyLog } from '../../src/db';
import { listFileIds } from '../../src/db/fileBytes';
import { beginRecording, finishRecording, recordingIds, recordingMarker, recoverRecordings, storeRecordingPiece } from '../../src/db/recordings';
import { removeUnlinkedFiles } from '../../src/db/unlinkedFiles';
import { saveIncident } from '../../src/db/incidents';
import { sha256Hex } from '../../src/crypto/sha256';
import type { SporDatabase } from '../../src/db/schema';
import { freshDatabase, incidentInput } from '../helpers/db';
import { recordedWebm, recordedWebmPieces } from '../helpers/recordedWebm';
import { seekableParts, WebmReader } from '../../src/domain/seekableWebm';
import { writeChunk } from '../../src/db/chunkStore';

const start = Date.UTC(2026, 10, 28, 20, 0, 0);
const piece = (value: number, size = 1000) => new Uint8Array(size).fill(value);
const marker = (id: string, incidentId = 'incident-1') => ({ id, incidentId, kind: 'other' as const, startedAt: start, mimeType: 'audio/webm', fileName: `${id}.webm` });

describe('recordings stored piece by piece', () => {
  let database: SporDatabase;
  beforeEach(() => {
    database = freshDatabase();
  });

  it('creates the incident it records into when there is none, kind and start time only', async () => {
    expect(await beginRecording(marker('r1'))).toBe(1);
    expect(await getIncident('incident-1')).toMatchObject({ kind: 'other', occurredAt: start, description: '', version: 1 });
  });

  it('records into an existing incident without changing it', async () => {
    await saveIncident({ id: 'incident-1', baseVersion: 0, input: incidentInput({ description: 'kept' }) }, start);
    await saveIncident({ id: 'incident-1', baseVersion: 1, input: incidentInput({ description: 'kept, edited' }) }, start + 1);
    expect(await beginRecording(marker('r1'))).toBe(2);
    expect((await getIncident('incident-1'))?.description).toBe('kept, edited');
  });

  it('beginning a recording again (moved in from the inbox twice after a crash) keeps its marker and pieces', async () => {
    await beginRecording(marker('r1'));
    await storeRecordingPiece('r1', 0, piece(1), start + 2000);
    expect(await beginRecording(marker('r1'))).toBe(1);
    expect(await recordingMarker('r1')).toMatchObject({ pieces: 1, lastPieceAt: start + 2000 });
    await finishRecording('r1', start + 2000);
    await beginRecording(marker('r1'));
    expect(await recordingIds()).toEqual([]);
  });

  it('joins the pieces into one attachment with its SHA-256, start and end, and removes the marker', async () => {
    await beginRecording(marker('r1'));
    for (let index = 0; index < 3; index++) await storeRecordingPiece('r1', index, piece(index + 1), start + (index + 1) * 2000);
    const attachment = await finishRecording('r1', start + 6500, start + 7000);
    const whole = new Uint8Array([...piece(1), ...piece(2), ...piece(3)]);
    expect(attachment).toMatchObject({
      id: 'r1', incidentId: 'incident-1', mimeType: 'audio/webm', size: 3000, sha256: sha256Hex(whole),
      capturedAt: start, capturedAtSource: 'recording', recordedUntil: start + 6500,
    });
    expect(new Uint8Array(await (await getAttachmentFile('r1')).arrayBuffer())).toEqual(whole);
    expect(await recordingIds()).toEqual([]);
    expect((await listRevisions('incident-1')).map((revision) => revision.action)).toEqual(['create', 'attach']);
    // The history records the recording's times, so the verification replays them.
    const check = await verifyLog({ now: start + 8000 });
    expect(check.ok, JSON.stringify(check)).toBe(true);
  });

  it('a recording cut off (no stop) is recovered at the next start from its pieces, ending at its last piece', async () => {
    await beginRecording(marker('r1'));
    for (let index = 0; index < 5; index++) await storeRecordingPiece('r1', index, piece(index), start + (index + 1) * 2000);
    // The clean-up of unlinked bytes leaves a recording's pieces alone.
    expect(await removeUnlinkedFiles()).toBe(0);
    expect(await recoverRecordings(async () => false, start + 60_000)).toBe(1);
    const [attachment] = await listAttachments('incident-1');
    expect(attachment).toMatchObject({ id: 'r1', size: 5000, capturedAt: start, recordedUntil: start + 10_000 });
    expect(await recordingIds()).toEqual([]);
  });

  it('leaves a recording still running in another tab alone', async () => {
    await beginRecording(marker('r1'));
    await storeRecordingPiece('r1', 0, piece(1), start + 2000);
    expect(await recoverRecordings(async (id) => id === 'r1')).toBe(0);
    expect(await recordingIds()).toEqual(['r1']);
    expect(await listFileIds()).toEqual(['r1']);
    // And the log check does not call its pieces stray.
    const check = await verifyLog({ files: 'present', now: start + 3000 });
    expect(check.ok, JSON.stringify(check)).toBe(true);
  });

  it('pieces after a gap are dropped; the run before it is kept whole', async () => {
    await beginRecording(marker('r1'));
    await storeRecordingPiece('r1', 0, piece(1), start + 2000);
    await storeRecordingPiece('r1', 1, piece(2), start + 4000);
    await storeRecordingPiece('r1', 3, piece(4), start + 8000);
    const attachment = await finishRecording('r1', start + 9000);
    expect(attachment).toMatchObject({ size: 2000, sha256: sha256Hex(new Uint8Array([...piece(1), ...piece(2)])) });
    // The two pieces of the run, and the empty chunk sealed as the last when the recording was finished.
    expect(await database.fileChunks.where('fileId').equals('r1').count()).toBe(3);
  });

  it('a recording without any piece leaves no file and no attachment', async () => {
    await beginRecording(marker('r1'));
    expect(await finishRecording('r1', start + 100)).toBeUndefined();
    expect([await recordingIds(), await listFileIds(), await database.attachments.count()]).toEqual([[], [], 0]);
  });

  it('an incident deleted for good meanwhile is made again, so the recording is never lost', async () => {
    await beginRecording(marker('r1'));
    await storeRecordingPiece('r1', 0, piece(1), start + 2000);
    await database.incidents.delete('incident-1');
    expect(await finishRecording('r1', start + 2000)).toMatchObject({ incidentId: 'incident-1', size: 1000 });
    expect(await getIncident('incident-1')).toMatchObject({ attachmentIds: ['r1'] });
  });

  it('finishing twice (stop, and another tab recovering) links it once', async () => {
    await beginRecording(marker('r1'));
    await storeRecordingPiece('r1', 0, piece(1), start + 2000);
    const [first, second] = await Promise.all([finishRecording('r1', start + 2000), finishRecording('r1', start + 2000)]);
    expect(first?.id).toBe('r1');
    expect(second?.id).toBe('r1');
    expect(await database.attachments.count()).toBe(1);
    expect((await getIncident('incident-1'))?.attachmentIds).toEqual(['r1']);
  });

  describe('a WebM recording, made seekable as it is finished', () => {
    const webmMarker = { ...marker('w1'), mimeType: 'audio/webm' };
    /** The recorder's file with the head and Cues this module writes: what the attachment must hold. */
    function expectedFile(): Uint8Array {
      const reader = new WebmReader();
      reader.push(recordedWebm);
      const layout = reader.finish()!;
      const { head, cues } = seekableParts(layout)!;
      return new Uint8Array([...head, ...recordedWebm.subarray(layout.head.length), ...cues]);
    }
    const storedBytes = async (id: string) => new Uint8Array(await (await getAttachmentFile(id)).arrayBuffer());

    it('gets its Duration and Cues, and its SHA-256 and size are of the bytes stored', async () => {
      await beginRecording(webmMarker);
      for (const [index, bytes] of recordedWebmPieces.entries()) await storeRecordingPiece('w1', index, bytes, start + (index + 1) * 2000);
      const attachment = await finishRecording('w1', start + 6000);
      const stored = await storedBytes('w1');
      expect(stored).toEqual(expectedFile());
      expect(attachment).toMatchObject({ size: stored.length, sha256: sha256Hex(stored) });
      expect(stored.length).toBeGreaterThan(recordedWebm.length);
      const check = await verifyLog({ now: start + 8000 });
      expect(check.ok, JSON.stringify(check)).toBe(true);
    });

    it('finished twice at once (a stop and a recovery, or two tabs recovering) it is stored once, as hashed', async () => {
      await beginRecording(webmMarker);
      for (const [index, bytes] of recordedWebmPieces.entries()) await storeRecordingPiece('w1', index, bytes, start + (index + 1) * 2000);
      const [first, second] = await Promise.all([finishRecording('w1', start + 6000), finishRecording('w1', start + 6000)]);
      const stored = await storedBytes('w1');
      expect(stored).toEqual(expectedFile());
      for (const attachment of [first, second]) expect(attachment).toMatchObject({ size: stored.length, sha256: sha256Hex(stored) });
      const check = await verifyLog({ now: start + 8000 });
      expect(check.ok, JSON.stringify(check)).toBe(true);
    });

    it('a finish cut short after its head was rewritten and its Cues written is finished again to the same file', async () => {
      await beginRecording(webmMarker);
      for (const [index, bytes] of recordedWebmPieces.entries()) await storeRecordingPiece('w1', index, bytes, start + (index + 1) * 2000);
      const expected = expectedFile();
      // The crash: the first piece already rewritten and the Cues written as the last chunk, nothing linked.
      const reader = new WebmReader();
      reader.push(recordedWebm);
      const layout = reader.finish()!;
      const { head, cues } = seekableParts(layout)!;
      await writeChunk(database, 'w1', 0, false, new Uint8Array([...head, ...recordedWebmPieces[0]!.subarray(layout.head.length)]));
      await writeChunk(database, 'w1', 3, true, cues);
      expect(await recoverRecordings(async () => false, start + 60_000)).toBe(1);
      expect(await storedBytes('w1')).toEqual(expected);
    });

    it('bytes that are not WebM after all are kept exactly as recorded', async () => {
      await beginRecording(webmMarker);
      await storeRecordingPiece('w1', 0, piece(7), start + 2000);
      expect(await finishRecording('w1', start + 2000)).toMatchObject({ size: 1000, sha256: sha256Hex(piece(7)) });
    });
  });
});
