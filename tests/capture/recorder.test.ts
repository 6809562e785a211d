import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getAttachmentFile } from '../../src/db';
import { StorageFullError } from '../../src/db/errors';
import { storeRecordingPiece } from '../../src/db/recordings';
import { freshDatabase } from '../helpers/db';

// The recorder with a stand-in MediaRecorder (the browser's own is tested in tests/e2e/recorder.test.ts): here, what it
// does when the store refuses a piece for a while.
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

describe('the recorder when the store refuses a piece', () => {
  beforeEach(() => {
    freshDatabase();
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
