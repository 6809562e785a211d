import { signal, type ReadonlySignal } from '@preact/signals';
import { beginRecording, finishRecording, holdRecordingLock, storeRecordingPiece } from '../db/recordings';
import type { IncidentKind } from '../domain/kinds';
import type { Attachment, Instant } from '../domain/types';
import { recordingFileName } from './fileName';

// The audio recorder: MediaRecorder in the browser's own format (Opus in WebM on Chromium and Firefox, AAC in MP4 on
// Safari), a piece every couple of seconds, each stored as it arrives (src/db/recordings.ts), so a crash loses at
// most the last piece. One recording at a time in a tab. The alarm (and the editor) call startAudioRecording.

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
  /** The incident's version once the recording began (1 when it was created for it): base for the next edit. */
  readonly incidentVersion: number;
  readonly startedAt: Instant;
  /** The recorder's format without codec parameters, e.g. `audio/webm`. */
  readonly mimeType: string;
  readonly state: ReadonlySignal<RecorderState>;
  /** Why pieces wait in memory (the disk is full, the store is locked); cleared once they are stored. */
  readonly problem: ReadonlySignal<unknown>;
  /** Time recorded so far, pauses left out. */
  elapsedMs(): number;
  /** The microphone's level now, 0 (silence) to 1. */
  level(): number;
  pause(): void;
  resume(): void;
  /** Stops, stores the last piece and links the whole file to the incident; resolves with its attachment. */
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

/** The recording running in this tab, for the screens that show it (the editor's recorder panel). */
export const currentRecording = signal<RecordingHandle | undefined>(undefined);

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
 * Starts recording at once for `target`: opens the microphone (MicrophoneError if refused or absent, and then nothing
 * is created), creates the incident if it does not exist, and stores every piece as it arrives.
 */
export async function startAudioRecording(target: RecordingTarget): Promise<RecordingHandle> {
  if (currentRecording.value) await currentRecording.value.stop();
  const stream = await openMicrophone();
  let recorder: MediaRecorder;
  try {
    recorder = new MediaRecorder(stream);
    recorder.start(pieceMs);
  } catch (error) {
    for (const track of stream.getTracks()) track.stop();
    throw new MicrophoneError('failed', { cause: error });
  }
  const id = crypto.randomUUID();
  const startedAt = Date.now();
  const mimeType = (recorder.mimeType || 'audio/webm').split(';')[0]!.trim();
  const releaseLock = holdRecordingLock(id);
  const state = signal<RecorderState>('recording');
  const problem = signal<unknown>(undefined);
  const meter = levelMeter(stream);

  const begun = beginRecording({
    id, incidentId: target.incidentId, kind: target.kind ?? 'other', startedAt, mimeType, fileName: recordingFileName(startedAt, mimeType),
  });
  // Pieces are stored one after the other, in the order they came, once the recording's marker is written.
  let writing: Promise<void> = begun.then(() => undefined, () => undefined);
  let nextIndex = 0;
  // A piece the store refused (the disk was full, the app was locked) is kept in memory and tried again before the
  // next one, so the recording stays whole once storing works again; only a crash before then loses them.
  const refused: { index: number; bytes: Uint8Array; at: number }[] = [];
  const store = async (piece: { index: number; bytes: Uint8Array; at: number }) => {
    try {
      await storeRecordingPiece(id, piece.index, piece.bytes, piece.at);
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
        await writing;
        await storeRefused();
        try {
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
