import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { lockIsOn, lockNow, markUnlocked } from '../../src/app/lock';
import { ensureInboxKey } from '../../src/capture/inbox';
import { deleteInbox, lockedRecordingIds, lockedRecordingRows } from '../../src/capture/inboxDb';
import { recoverRecordingsAfterUnlock } from '../../src/capture/lockedRecording';
import { newDataKey, type DataKey } from '../../src/crypto/dataKey';
import { getAttachmentFile, getIncident, listAttachments } from '../../src/db';
import { StorageFullError } from '../../src/db/errors';
import { recordingMarker, storeRecordingPiece } from '../../src/db/recordings';
import { useStoreCipher } from '../../src/db/sealing';
import { storeCipherFor } from '../../src/db/storeCipher';
import { freshDatabase } from '../helpers/db';

// The recorder with a stand-in MediaRecorder (the browser's own is tested in tests/e2e/recorder.test.ts): here, what it
// does when the store refuses a piece for a while, and when the app locks while it records.
vi.mock('../../src/db/recordings', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/db/recordings')>();
  return { ...actual, storeRecordingPiece: vi.fn(actual.storeRecordingPiece) };
});

class FakeRecorder extends EventTarget {
  static last: FakeRecorder;
  state: 'inactive' | 'recording' | 'paused' = 'inactive';
  mimeType = 'audio/webm;codecs=opus';
  constructor() {
    super();
    FakeRecorder.last = this;
  }
  start() { this.state = 'recording'; }
  pause() { this.state = 'paused'; }
  resume() { this.state = 'recording'; }
  requestData() {}
  stop() {
    this.state = 'inactive';
    this.dispatchEvent(new Event('stop'));
  }
  /** The browser handing over a piece. */
  piece(bytes: number[]) {
    this.dispatchEvent(Object.assign(new Event('dataavailable'), { data: new Blob([new Uint8Array(bytes)]) }));
  }
}

/** The app open with a data key, as after an unlock: the store's cipher and the key the inbox needs. */
function unlock(key: DataKey): void {
  useStoreCipher(storeCipherFor(key));
  markUnlocked(key);
}

async function fileBytes(id: string): Promise<number[]> {
  return [...new Uint8Array(await (await getAttachmentFile(id)).arrayBuffer())];
}

describe('the recorder when the store refuses a piece', () => {
  beforeEach(async () => {
    freshDatabase();
    unlock(await newDataKey());
    const track = Object.assign(new EventTarget(), { stop: () => undefined });
    vi.stubGlobal('MediaRecorder', FakeRecorder);
    vi.stubGlobal('navigator', { mediaDevices: { getUserMedia: async () => ({ getTracks: () => [track], getAudioTracks: () => [track] }) } });
    vi.stubGlobal('document', Object.assign(new EventTarget(), { visibilityState: 'visible' }));
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('keeps the refused piece in memory and stores it before the next one: the file is whole and in order', async () => {
    const { startAudioRecording } = await import('../../src/capture/recorder');
    const handle = await startAudioRecording({ incidentId: 'incident-1' });
    const real = vi.mocked(storeRecordingPiece).getMockImplementation()!;
    vi.mocked(storeRecordingPiece).mockImplementationOnce(real).mockRejectedValueOnce(new StorageFullError('locked'));
    FakeRecorder.last.piece([1, 1]);
    FakeRecorder.last.piece([2, 2]);
    await vi.waitFor(() => expect(handle.problem.value).toBeInstanceOf(StorageFullError));
    FakeRecorder.last.piece([3, 3]);
    await vi.waitFor(() => expect(handle.problem.value).toBeUndefined());
    const attachment = await handle.stop();
    expect(attachment).toMatchObject({ size: 6, mimeType: 'audio/webm', capturedAtSource: 'recording' });
    expect([...new Uint8Array(await (await getAttachmentFile(attachment!.id)).arrayBuffer())]).toEqual([1, 1, 2, 2, 3, 3]);
  });

  it('says why nothing could start when the microphone is refused, and creates nothing', async () => {
    vi.stubGlobal('navigator', { mediaDevices: { getUserMedia: async () => { throw Object.assign(new Error('no'), { name: 'NotAllowedError' }); } } });
    const { startAudioRecording, MicrophoneError } = await import('../../src/capture/recorder');
    const attempt = startAudioRecording({ incidentId: 'incident-2' });
    await expect(attempt).rejects.toBeInstanceOf(MicrophoneError);
    await expect(attempt).rejects.toMatchObject({ problem: 'denied' });
    const { getIncident } = await import('../../src/db');
    expect(await getIncident('incident-2')).toBeUndefined();
  });
});

describe('the recorder while the app is locked', () => {
  let key: DataKey;
  beforeEach(async () => {
    freshDatabase();
    key = await newDataKey();
    unlock(key);
    lockIsOn.value = true;
    await ensureInboxKey();
    const track = Object.assign(new EventTarget(), { stop: () => undefined });
    vi.stubGlobal('MediaRecorder', FakeRecorder);
    vi.stubGlobal('navigator', { mediaDevices: { getUserMedia: async () => ({ getTracks: () => [track], getAudioTracks: () => [track] }) } });
    vi.stubGlobal('document', Object.assign(new EventTarget(), { visibilityState: 'visible', documentElement: { dataset: {} } }));
  });
  afterEach(async () => {
    vi.unstubAllGlobals();
    await deleteInbox();
  });

  const inboxPieces = async (id: string) => (await lockedRecordingRows(id)).map((row) => row.index);

  /** A recording whose first piece is stored in the log, then the app locks. */
  async function recordOnePieceThenLock() {
    const { startAudioRecording } = await import('../../src/capture/recorder');
    const handle = await startAudioRecording({ incidentId: 'incident-1' });
    FakeRecorder.last.piece([1, 1]);
    await vi.waitFor(async () => expect((await recordingMarker(handle.id))?.pieces).toBe(1));
    await lockNow();
    return handle;
  }

  it('locked half way: the pieces go sealed into the inbox at once, the unlock moves them back, and the stopped file is whole and in order', async () => {
    const handle = await recordOnePieceThenLock();
    FakeRecorder.last.piece([2, 2]);
    FakeRecorder.last.piece([3, 3]);
    await vi.waitFor(async () => expect(await inboxPieces(handle.id)).toEqual([1, 2]));
    expect(handle.problem.value).toBeUndefined();
    unlock(key);
    await vi.waitFor(async () => expect(await inboxPieces(handle.id)).toEqual([]));
    FakeRecorder.last.piece([4, 4]);
    const attachment = await handle.stop();
    expect(attachment).toMatchObject({ size: 8, capturedAt: handle.startedAt });
    expect(await fileBytes(handle.id)).toEqual([1, 1, 2, 2, 3, 3, 4, 4]);
  });

  it('stopped while locked: nothing is linked yet, and the next unlock makes the whole recording an attachment', async () => {
    const handle = await recordOnePieceThenLock();
    FakeRecorder.last.piece([2, 2]);
    expect(await handle.stop()).toBeUndefined();
    expect(handle.state.value).toBe('stopped');
    expect(await lockedRecordingIds()).toEqual([handle.id]);
    unlock(key);
    expect(await recoverRecordingsAfterUnlock(key)).toBe(1);
    expect(await fileBytes(handle.id)).toEqual([1, 1, 2, 2]);
    expect(await lockedRecordingIds()).toEqual([]);
  });

  it('the recovery after an unlock leaves this tab’s running recording alone, also without Web Locks (older Safari)', async () => {
    const { startAudioRecording } = await import('../../src/capture/recorder');
    const handle = await startAudioRecording({ incidentId: 'incident-1' });
    FakeRecorder.last.piece([1]);
    await vi.waitFor(async () => expect((await recordingMarker(handle.id))?.pieces).toBe(1));
    await lockNow();
    FakeRecorder.last.piece([2]);
    await vi.waitFor(async () => expect(await inboxPieces(handle.id)).toEqual([1]));
    unlock(key);
    expect(await recoverRecordingsAfterUnlock(key)).toBe(0); // what start.ts runs after every unlock
    FakeRecorder.last.piece([3]);
    expect(await handle.stop()).toMatchObject({ size: 3 });
    expect(await fileBytes(handle.id)).toEqual([1, 2, 3]);
  });

  it('started while locked (the alarm from the lock screen): the incident is created at the unlock, with the whole recording', async () => {
    await lockNow();
    const { startAudioRecording } = await import('../../src/capture/recorder');
    const handle = await startAudioRecording({ incidentId: 'alarm-1', kind: 'alarm' });
    expect(handle.incidentVersion).toBe(0);
    FakeRecorder.last.piece([5]);
    FakeRecorder.last.piece([6]);
    await vi.waitFor(async () => expect(await inboxPieces(handle.id)).toEqual([-1, 0, 1]));
    unlock(key);
    await vi.waitFor(async () => expect(await inboxPieces(handle.id)).toEqual([]));
    expect(await getIncident('alarm-1')).toMatchObject({ kind: 'alarm', occurredAt: handle.startedAt });
    FakeRecorder.last.piece([7]);
    const attachment = await handle.stop();
    expect(attachment).toMatchObject({ incidentId: 'alarm-1', size: 3 });
    expect(await fileBytes(handle.id)).toEqual([5, 6, 7]);
    expect((await listAttachments('alarm-1')).map((linked) => linked.id)).toEqual([handle.id]);
  });
});
