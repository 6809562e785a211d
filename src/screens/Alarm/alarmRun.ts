import { signal } from '@preact/signals';
import { MicrophoneError, startAudioRecording } from '../../capture/recorder';
import { alarmOnScreen, unlockDuringAlarm } from '../../app/alarmOnScreen';
import { lockState } from '../../app/lock';
import { saveIncident } from '../../db';
import type { AlarmRecipient } from '../../domain/alarm/alarmAccess';
import { alarmIncident, type AlarmRecord } from '../../domain/alarm/alarmIncident';
import type { AlarmSignal } from '../../domain/alarm/alarmSignal';
import { alarmText } from '../../domain/alarm/alarmText';
import type { AlarmPosition } from '../../domain/alarm/position';
import { smsLink, smsPlatform } from '../../domain/alarm/smsLink';
import { internationalPhoneNumber } from '../../domain/phoneNumber';
import { deviceTimeZone } from '../../domain/zone';
import type { Language } from '../../i18n';
import { translate } from '../../i18n/translate';
import { errorText } from '../../ui/errorText';
import { startTone, stopTone } from './alarmTone';
import { findPosition } from './findPosition';
import { openExternal } from './openExternal';
import { startPracticeRecording } from './practiceRecording';

// Performance marks (spor-alarm-*) time each step for `npm run bench -- alarm`; they stay in this page only.
// One alarm at a time, held here rather than in a component: the lock screen, the cover or another screen may replace
// the alarm screen while the recording goes on, and coming back must show the same alarm. The app shows it instead
// of the lock screen while it is there (alarmOnScreen): leaving for the messaging app locks the log, not the alarm.

/** A recording going on: the real one (stored piece by piece) or practice's (counted, never kept). */
interface RunningRecording {
  elapsedMs(): number;
  /** Stops it; resolves with what the screen then says. */
  stop(): Promise<RecordingStatus>;
}

export type RecordingStatus =
  | { name: 'starting' }
  | { name: 'recording'; recorder: RunningRecording }
  | { name: 'stopping' }
  | { name: 'stored' }
  /** Stopped while locked: sealed in the inbox until the next unlock attaches it. */
  | { name: 'sealed' }
  /** Practice: this much sound was recorded, then thrown away. */
  | { name: 'discarded'; seconds: number }
  | { name: 'failed'; reason: string };

/** `sealed`: the log was locked, so the alarm waits sealed in the inbox and joins the log at the next unlock. */
export type LogStatus = { name: 'waiting' } | { name: 'saved' } | { name: 'sealed' } | { name: 'failed'; reason: string } | { name: 'practice' };

export interface AlarmRun {
  /** The alarm incident's id (never stored in practice). */
  id: string;
  practice: boolean;
  startedAt: number;
  timeZone: string;
  language: Language;
  /** Trusted people chosen to get the text, with a number that can get one. */
  recipients: AlarmRecipient[];
  signal: AlarmSignal;
  /** Undefined while the position is being found. */
  position?: AlarmPosition;
  text?: string;
  smsHref?: string;
  recording: RecordingStatus;
  log: LogStatus;
  sounding: boolean;
  ended: boolean;
}

export interface AlarmStart {
  practice: boolean;
  /** From the case file (alarmRecipients), or the copy kept for the alarm without passcode. */
  recipients: AlarmRecipient[];
  signal: AlarmSignal;
  language: Language;
}

export const alarmRun = signal<AlarmRun | undefined>(undefined);
alarmRun.subscribe((run) => {
  alarmOnScreen.value = run !== undefined;
  if (!run) unlockDuringAlarm.value = false;
});

/** Longest wait for the hold's release before the text is handed over anyway (the big button stays for a tap). */
const releaseWaitMs = 3000;

/** Applies a change to the alarm `id` only, so a late answer from a finished alarm never lands on a new one. */
function update(id: string, change: (run: AlarmRun) => Partial<AlarmRun>): void {
  const run = alarmRun.value;
  if (run?.id === id) alarmRun.value = { ...run, ...change(run) };
}

/** The sms: link for one or several of the alarm's recipients, in the form this phone's messaging app reads. */
export function alarmSmsLink(people: AlarmRecipient[], text: string): string {
  const numbers = people.map((person) => internationalPhoneNumber(person.phone)!);
  return smsLink(numbers, text, smsPlatform(navigator.userAgent, navigator.maxTouchPoints));
}

function microphoneReason(error: unknown, language: Language): string {
  return error instanceof MicrophoneError && error.problem !== 'failed' ? translate(language, `alarm.microphone.${error.problem}`) : errorText(error);
}

/** The real recording, through the capture's recorder: attached to the alarm's incident (also when started locked). */
async function startRealRecording(run: AlarmRun): Promise<RunningRecording> {
  const handle = await startAudioRecording({ incidentId: run.id, kind: 'alarm' });
  return {
    elapsedMs: () => handle.elapsedMs(),
    stop: async () => {
      // Stopped while locked, the recording waits sealed in the inbox and is attached at the next unlock.
      const attachment = await handle.stop();
      return attachment || lockState.value === 'open' ? { name: 'stored' } : { name: 'sealed' };
    },
  };
}

async function startRecording(run: AlarmRun): Promise<void> {
  try {
    const recorder = run.practice ? await startPracticeRecording() : await startRealRecording(run);
    if (alarmRun.value?.id === run.id && alarmRun.value.recording.name === 'starting') {
      performance.mark('spor-alarm-recording');
      update(run.id, () => ({ recording: { name: 'recording', recorder } }));
      return;
    }
    // Stopped, or the alarm ended, while the microphone was being asked for: keep what little there is.
    const stopped = await recorder.stop();
    update(run.id, () => ({ recording: stopped }));
  } catch (error) {
    update(run.id, () => ({ recording: { name: 'failed', reason: microphoneReason(error, run.language) } }));
  }
}

/**
 * The real alarm's log entry: created now (or filled in, if the recorder created it first), the recording linked
 * later. While the log is locked (started from the lock screen, or locked by leaving for the messaging app), it is
 * sealed to the inbox instead and becomes the same incident at the next unlock.
 */
async function writeAlarmEntry(run: AlarmRun, record: AlarmRecord): Promise<LogStatus> {
  if (lockState.value === 'open') {
    try {
      await saveIncident({ id: run.id, baseVersion: 0, input: alarmIncident(record, run.language) });
      return { name: 'saved' };
    } catch (error) {
      if (lockState.value === 'open') return { name: 'failed', reason: errorText(error) };
      // Locked while it was being written: sealed below instead.
    }
  }
  const { keepAlarmSealed } = await import('../../db/alarmInbox');
  await keepAlarmSealed({ id: run.id, language: run.language, record });
  return { name: 'sealed' };
}

async function logAlarm(run: AlarmRun, position: AlarmPosition, text: string): Promise<void> {
  const record: AlarmRecord = { startedAt: run.startedAt, timeZone: run.timeZone, position, text, alerted: run.recipients };
  const log = await writeAlarmEntry(run, record).catch((error: unknown): LogStatus => ({ name: 'failed', reason: errorText(error) }));
  if (log.name !== 'failed') performance.mark('spor-alarm-logged');
  update(run.id, () => ({ log }));
}

/**
 * Resolves when the finger or key that held the button lets go (or after a few seconds): browsers hand a link to
 * another app only just after a tap, and on a touch screen the release, not the press, is what counts as one.
 */
function holdReleased(): Promise<void> {
  return new Promise((resolve) => {
    const release = () => {
      document.removeEventListener('pointerup', release, true);
      document.removeEventListener('keyup', release, true);
      clearTimeout(timer);
      performance.mark('spor-alarm-released');
      resolve();
    };
    document.addEventListener('pointerup', release, true);
    document.addEventListener('keyup', release, true);
    const timer = setTimeout(release, releaseWaitMs);
  });
}

async function prepareText(run: AlarmRun): Promise<void> {
  const released = holdReleased();
  const position = await findPosition();
  const text = alarmText({ startedAt: run.startedAt, timeZone: run.timeZone, position, practice: run.practice }, run.language);
  const smsHref = alarmSmsLink(run.recipients, text);
  if (alarmRun.value?.id !== run.id) return;
  performance.mark('spor-alarm-text-ready');
  update(run.id, () => ({ position, text, smsHref }));
  // Logged before the messaging app takes over: leaving for it may lock the log a moment later.
  const logged = run.practice ? undefined : logAlarm(run, position, text);
  await released;
  if (alarmRun.value?.id === run.id && !alarmRun.value.ended) openExternal(smsHref);
  performance.mark('spor-alarm-text-opened');
  await logged;
}

/** Everything at once: the recording, the position and then the text, the tone if chosen. */
export function startAlarm({ practice, recipients, signal: alarmSignal, language }: AlarmStart): void {
  performance.mark('spor-alarm-started');
  const run: AlarmRun = {
    id: crypto.randomUUID(), practice, startedAt: Date.now(), timeZone: deviceTimeZone(), language,
    recipients, signal: alarmSignal,
    recording: { name: 'starting' }, log: practice ? { name: 'practice' } : { name: 'waiting' }, sounding: false, ended: false,
  };
  alarmRun.value = run;
  if (alarmSignal === 'atOnce') soundOn();
  void startRecording(run);
  void prepareText(run);
}

export async function stopRecording(): Promise<void> {
  const run = alarmRun.value;
  if (!run) return;
  const { recording } = run;
  if (recording.name === 'starting') {
    update(run.id, () => ({ recording: { name: 'stopping' } })); // startRecording stops it once the microphone answers
    return;
  }
  if (recording.name !== 'recording') return;
  update(run.id, () => ({ recording: { name: 'stopping' } }));
  try {
    const stopped = await recording.recorder.stop();
    update(run.id, () => ({ recording: stopped }));
  } catch (error) {
    update(run.id, () => ({ recording: { name: 'failed', reason: errorText(error) } }));
  }
}

export function soundOn(): void {
  const run = alarmRun.value;
  if (!run || run.signal === 'silent') return;
  startTone();
  update(run.id, () => ({ sounding: true }));
}

export function soundOff(): void {
  stopTone();
  const run = alarmRun.value;
  if (run) update(run.id, () => ({ sounding: false }));
}

/** Stops the sound and the recording (which is then linked to the log entry); the summary stays on the screen. */
export async function endAlarm(): Promise<void> {
  const run = alarmRun.value;
  if (!run) return;
  soundOff();
  update(run.id, () => ({ ended: true }));
  await stopRecording();
}

/** Back to the start: only once the alarm has ended. */
export function clearAlarm(): void {
  if (alarmRun.value?.ended) alarmRun.value = undefined;
}
