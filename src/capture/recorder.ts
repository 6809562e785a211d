import { signal, type ReadonlySignal } from '@preact/signals';
import { lockState, unlockedDataKey, whenFirstOpen } from '../app/lock';
import { beginRecording, finishRecording, holdRecordingLock, recordingMarker, storeRecordingPiece } from '../db/recordings';
import { LockedError } from '../db/sealing';
import type { IncidentKind } from '../domain/kinds';
import type { Attachment, Instant } from '../domain/types';
import { currentRecording } from './currentRecording';
import { recordingFileName } from './fileName';
import { lockedRecordingRows } from './inboxDb';
import { lockedRecordingInbox, moveLockedRecording } from './lockedRecording';

// The audio recorder: MediaRecorder in the browser's own format (Opus in WebM on Chromium and Firefox, AAC in MP4 on
// Safari), a piece every couple of seconds, each stored as it arrives (src/db/recordings.ts), so a crash loses at
// most the last piece. One recording at a time in a tab.
//
// Public API (the editor's recorder panel, the alarm, the recording bar):
// - startAudioRecording({ incidentId, kind }) starts at once and resolves with a RecordingHandle (elapsed time, level,
//   pause, resume, stop), or rejects with MicrophoneError having created nothing.
// - It works whether the app is open or locked. While locked (the lock came on during the recording, or it was started
//   from the lock screen) each piece is sealed to the inbox key and stored in the inbox at once
//   (src/capture/lockedRecording.ts); the unlock moves the pieces into the log. Started locked, the incident is created
//   only at that unlock (`incidentVersion` is 0 until then), and stop() while locked resolves with undefined: the
//   attachment is linked at the next unlock.
// - currentRecording: the recording running in this tab, if any; stopRecordingOf(incidentId) stops it for its editor.

/** Seconds of sound per stored piece: what a crash or a killed app can lose at most. */
export const pieceMs = 2000;

export interface RecordingTarget {
  /** The incident the recording is attached to; created at once (kind and the start time only) if it does not exist. */
  incidentId: string;
  /** The kind of an incident created for the recording; `other` if not given. */
  kind?: IncidentKind;
}

export type RecorderState = 'recording' | 'paused' | 'stopping' | 'stopped';

export interface RecordingHandle {
  /** The recording's file id, and its attachment's id once it has stopped. */
  readonly id: string;
  readonly incidentId: string;
  /** The incident's version once the recording began (1 when it was created for it; 0 when started locked, see above). */
  readonly incidentVersion: number;
  readonly startedAt: Instant;
  /** The recorder's format without codec parameters, e.g. `audio/webm`. */
  readonly mimeType: string;
  readonly state: ReadonlySignal<RecorderState>;
  /** Why pieces wait in memory (the disk is full; locked with no inbox key); cleared once they are stored. */
  readonly problem: ReadonlySignal<unknown>;
  /** Time recorded so far, pauses left out. */
  elapsedMs(): number;
  /** The microphone's level now, 0 (silence) to 1. */
  level(): number;
  pause(): void;
  resume(): void;
  /** Stops, stores the last piece and links the whole file to the incident; resolves with its attachment (undefined while locked). */
  stop(): Promise<Attachment | undefined>;
}

export type MicrophoneProblem = 'denied' | 'absent' | 'unsupported' | 'failed';

/** No recording could start; nothing was created or changed. */
export class MicrophoneError extends Error {
  override name = 'MicrophoneError';
  constructor(readonly problem: MicrophoneProblem, options?: { cause: unknown }) {
    super(`The microphone could not be used (${problem})`, options);
  }
}

/** The recording running in this tab, for the screens that show it (the editor's recorder panel, the recording bar). */
export { currentRecording };

function microphoneProblem(error: unknown): MicrophoneProblem {
  const name = (error as { name?: string } | null)?.name;
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'denied';
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'absent';
  return 'failed';
}

async function openMicrophone(): Promise<MediaStream> {
  if (typeof MediaRecorder === 'undefined' || !navigator.mediaDevices?.getUserMedia) throw new MicrophoneError('unsupported');
  try {
    return await navigator.mediaDevices.getUserMedia({ audio: true });
  } catch (error) {
    throw new MicrophoneError(microphoneProblem(error), { cause: error });
  }
}

/** RMS of the analyser's waveform, scaled so speech reaches the upper half. */
function levelMeter(stream: MediaStream): { read: () => number; close: () => void } {
  try {
    const context = new AudioContext();
    const analyser = context.createAnalyser();
    analyser.fftSize = 1024;
    context.createMediaStreamSource(stream).connect(analyser);
    void context.resume().catch(() => undefined);
    const samples = new Uint8Array(analyser.fftSize);
    return {
      read: () => {
        analyser.getByteTimeDomainData(samples);
        let sum = 0;
        for (const sample of samples) sum += ((sample - 128) / 128) ** 2;
        return Math.min(1, Math.sqrt(sum / samples.length) * 3);
      },
      close: () => void context.close().catch(() => undefined),
    };
  } catch {
    return { read: () => 0, close: () => undefined }; // no Web Audio: the recording works, the meter stays still
  }
}

/**
 * The microphone, recording now and handing over a piece every `pieceMs`; MicrophoneError if refused, absent or not
 * supported. Also for the alarm's practice, which records for real but stores nothing.
 */
export async function startMicrophoneRecorder(): Promise<{ stream: MediaStream; recorder: MediaRecorder }> {
  const stream = await openMicrophone();
  try {
    const recorder = new MediaRecorder(stream);
    recorder.start(pieceMs);
    return { stream, recorder };
  } catch (error) {
    for (const track of stream.getTracks()) track.stop();
    throw new MicrophoneError('failed', { cause: error });
  }
}

/**
 * Starts recording at once for `target`: opens the microphone (MicrophoneError if refused or absent, and then nothing
 * is created), creates the incident if it does not exist, and stores every piece as it arrives.
 */
export async function startAudioRecording(target: RecordingTarget): Promise<RecordingHandle> {
  if (currentRecording.value) await currentRecording.value.stop();
  const { stream, recorder } = await startMicrophoneRecorder();
  const id = crypto.randomUUID();
  const startedAt = Date.now();
  const mimeType = (recorder.mimeType || 'audio/webm').split(';')[0]!.trim();
  const releaseLock = holdRecordingLock(id);
  const state = signal<RecorderState>('recording');
  const problem = signal<unknown>(undefined);
  const meter = levelMeter(stream);

  const marker = { id, incidentId: target.incidentId, kind: target.kind ?? 'other', startedAt, mimeType, fileName: recordingFileName(startedAt, mimeType) };
  const inbox = lockedRecordingInbox(id);
  // Whether the log holds the recording's marker (begun while open, or moved in at an unlock), and whether any of it
  // went to the inbox while locked (then the next unlock, or the stop, moves it into the log).
  let inLog = false;
  let inInbox = false;
  const begun = beginRecording(marker).then((version) => {
    inLog = true;
    return version;
  }, async (error: unknown) => {
    if (!(error instanceof LockedError)) throw error;
    await inbox.describe(marker); // started locked: the incident and the marker are written at the unlock
    inInbox = true;
    return 0;
  });
  // Pieces are stored one after the other, in the order they came, once the recording's marker is written.
  let writing: Promise<void> = begun.then(() => undefined, () => undefined);
  let nextIndex = 0;
  // A piece that could not be stored (the disk was full; locked without an inbox key) is kept in memory and tried
  // again before the next one, so the recording stays whole once storing works again; only a crash before then loses them.
  const refused: { index: number; bytes: Uint8Array; at: number }[] = [];
  const store = async (piece: { index: number; bytes: Uint8Array; at: number }) => {
    try {
      try {
        if (!inLog) throw new LockedError();
        await storeRecordingPiece(id, piece.index, piece.bytes, piece.at);
      } catch (error) {
        if (!(error instanceof LockedError)) throw error;
        await inbox.storePiece(piece.index, piece.bytes, piece.at);
        inInbox = true;
      }
      return true;
    } catch (error) {
      problem.value = error;
      return false;
    }
  };
  const storeRefused = async () => {
    while (refused.length && (await store(refused[0]!))) refused.shift();
    if (!refused.length) problem.value = undefined;
  };
  // Once unlocked (or at the stop, if open): what went to the inbox moves into the log, in the order of the pieces.
  const moveFromInbox = async () => {
    const dataKey = unlockedDataKey();
    if (!inInbox || !dataKey) return;
    await moveLockedRecording(dataKey, id);
    // A part that did not open (an inbox key of another data key) stays behind; without its marker in the log, later
    // pieces keep going to the inbox rather than being dropped.
    inLog = (await recordingMarker(id)) !== undefined;
    inInbox = !inLog || (await lockedRecordingRows(id)).length > 0;
  };
  const stopWatchingLock = lockState.subscribe((now) => {
    if (now === 'open') writing = writing.then(moveFromInbox).catch((error: unknown) => void (problem.value = error));
  });
  recorder.addEventListener('dataavailable', (event) => {
    if (!event.data.size) return;
    const index = nextIndex++;
    const at = Date.now();
    writing = writing.then(async () => {
      await storeRefused();
      const piece = { index, bytes: new Uint8Array(await event.data.arrayBuffer()), at };
      if (refused.length || !(await store(piece))) refused.push(piece);
    });
  });
  const stopped = new Promise<void>((resolve) => recorder.addEventListener('stop', () => resolve(), { once: true }));
  // A phone may kill a hidden app without warning: hand over what is recorded so far as soon as the page is hidden.
  const flushWhenHidden = () => {
    if (document.visibilityState === 'hidden' && recorder.state === 'recording') recorder.requestData();
  };
  document.addEventListener('visibilitychange', flushWhenHidden);

  let incidentVersion: number;
  try {
    incidentVersion = await begun;
  } catch (error) {
    recorder.stop();
    for (const track of stream.getTracks()) track.stop();
    meter.close();
    document.removeEventListener('visibilitychange', flushWhenHidden);
    stopWatchingLock();
    releaseLock();
    throw error;
  }

  let recordedMs = 0;
  let runningSince: number | undefined = performance.now();
  let stopping: Promise<Attachment | undefined> | undefined;

  const handle: RecordingHandle = {
    id, incidentId: target.incidentId, incidentVersion, startedAt, mimeType, state, problem,
    elapsedMs: () => recordedMs + (runningSince === undefined ? 0 : performance.now() - runningSince),
    level: () => (state.value === 'recording' ? meter.read() : 0),
    pause() {
      if (state.value !== 'recording') return;
      recorder.pause();
      recorder.requestData();
      recordedMs += performance.now() - runningSince!;
      runningSince = undefined;
      state.value = 'paused';
    },
    resume() {
      if (state.value !== 'paused') return;
      recorder.resume();
      runningSince = performance.now();
      state.value = 'recording';
    },
    stop() {
      stopping ??= (async () => {
        handle.pause();
        state.value = 'stopping';
        const endedAt = Date.now();
        if (recorder.state !== 'inactive') recorder.stop();
        await stopped;
        for (const track of stream.getTracks()) track.stop();
        meter.close();
        document.removeEventListener('visibilitychange', flushWhenHidden);
        stopWatchingLock();
        await writing;
        await storeRefused();
        try {
          if (!unlockedDataKey()) {
            // Locked: every piece is in the inbox, and the next unlock links the recording (ending at its last piece).
            if (!refused.length) return undefined;
            // Pieces that found no place (no inbox key) wait in memory for the unlock.
            await new Promise<void>((resolve) => whenFirstOpen(resolve));
            await storeRefused();
          }
          await moveFromInbox();
          return await finishRecording(id, endedAt);
        } finally {
          releaseLock();
          state.value = 'stopped';
          if (currentRecording.value === handle) currentRecording.value = undefined;
        }
      })();
      return stopping;
    },
  };
  // The microphone taken away (unplugged, another app): keep what was recorded.
  for (const track of stream.getAudioTracks()) track.addEventListener('ended', () => void handle.stop());
  recorder.addEventListener('error', () => void handle.stop());
  currentRecording.value = handle;
  return handle;
}

/** Stops the incident's recording if one runs in this tab: saving or leaving its editor keeps the recording. */
export async function stopRecordingOf(incidentId: string): Promise<void> {
  const running = currentRecording.value;
  if (running?.incidentId === incidentId) await running.stop();
}
