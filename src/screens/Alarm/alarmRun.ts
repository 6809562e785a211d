import { signal } from '@preact/signals';
import { MicrophoneError, startAudioRecording, type RecordingHandle } from '../../capture/recorder';
import { saveIncident } from '../../db';
import { alarmIncident } from '../../domain/alarm/alarmIncident';
import type { AlarmSignal } from '../../domain/alarm/alarmSignal';
import { alarmText } from '../../domain/alarm/alarmText';
import type { AlarmPosition } from '../../domain/alarm/position';
import { smsLink, smsPlatform } from '../../domain/alarm/smsLink';
import { internationalPhoneNumber } from '../../domain/phoneNumber';
import type { TrustedPerson } from '../../domain/types';
import { deviceTimeZone } from '../../domain/zone';
import type { Language } from '../../i18n';
import { translate } from '../../i18n/translate';
import { errorText } from '../../ui/errorText';
import { startTone, stopTone } from './alarmTone';
import { findPosition } from './findPosition';
import { openExternal } from './openExternal';

// Performance marks (spor-alarm-*) time each step for `npm run bench -- alarm`; they stay in this page only.
// One alarm at a time, held here rather than in a component: the lock screen, the cover or another screen may replace
// the alarm screen while the recording goes on, and coming back must show the same alarm.

export type RecordingStatus =
  | { name: 'starting' }
  | { name: 'recording'; handle: RecordingHandle }
  | { name: 'stopping' }
  | { name: 'stored' }
  /** Practice: the microphone answered; nothing was recorded. */
  | { name: 'checked' }
  | { name: 'failed'; reason: string };

export type LogStatus = { name: 'waiting' } | { name: 'saved' } | { name: 'failed'; reason: string } | { name: 'practice' };

export interface AlarmRun {
  /** The alarm incident's id (never stored in practice). */
  id: string;
  practice: boolean;
  startedAt: number;
  timeZone: string;
  language: Language;
  /** Trusted people chosen to get the text, with a number that can get one. */
  recipients: TrustedPerson[];
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
  trustedPeople: TrustedPerson[];
  signal: AlarmSignal;
  language: Language;
}

export const alarmRun = signal<AlarmRun | undefined>(undefined);

/** Longest wait for the hold's release before the text is handed over anyway (the big button stays for a tap). */
const releaseWaitMs = 3000;

/** Applies a change to the alarm `id` only, so a late answer from a finished alarm never lands on a new one. */
function update(id: string, change: (run: AlarmRun) => Partial<AlarmRun>): void {
  const run = alarmRun.value;
  if (run?.id === id) alarmRun.value = { ...run, ...change(run) };
}

export function alarmRecipients(trustedPeople: TrustedPerson[]): TrustedPerson[] {
  return trustedPeople.filter((person) => person.getsAlarmText && internationalPhoneNumber(person.phone));
}

/** The sms: link for one or several of the alarm's recipients, in the form this phone's messaging app reads. */
export function alarmSmsLink(people: TrustedPerson[], text: string): string {
  const numbers = people.map((person) => internationalPhoneNumber(person.phone)!);
  return smsLink(numbers, text, smsPlatform(navigator.userAgent, navigator.maxTouchPoints));
}

function microphoneReason(error: unknown, language: Language): string {
  return error instanceof MicrophoneError && error.problem !== 'failed' ? translate(language, `alarm.microphone.${error.problem}`) : errorText(error);
}

async function startRecording(run: AlarmRun): Promise<void> {
  try {
    if (run.practice) {
      // Practice goes through the microphone's permission, but records nothing: nothing of a practice is kept.
      const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
      for (const track of stream.getTracks()) track.stop();
      update(run.id, () => ({ recording: { name: 'checked' } }));
      return;
    }
    const handle = await startAudioRecording({ incidentId: run.id, kind: 'alarm' });
    if (alarmRun.value?.id === run.id && alarmRun.value.recording.name === 'starting') {
      performance.mark('spor-alarm-recording');
      update(run.id, () => ({ recording: { name: 'recording', handle } }));
      return;
    }
    // Stopped, or the alarm ended, while the microphone was being asked for: keep what little there is.
    await handle.stop();
    update(run.id, () => ({ recording: { name: 'stored' } }));
  } catch (error) {
    const denied = error instanceof DOMException && error.name === 'NotAllowedError'; // practice asks the browser directly
    update(run.id, () => ({ recording: { name: 'failed', reason: microphoneReason(denied ? new MicrophoneError('denied') : error, run.language) } }));
  }
}

/** The real alarm's log entry: created now (or filled in, if the recorder created it first), the recording linked later. */
async function logAlarm(run: AlarmRun, position: AlarmPosition, text: string): Promise<void> {
  const input = alarmIncident({
    startedAt: run.startedAt, timeZone: run.timeZone, position, text, alerted: run.recipients,
  }, run.language);
  try {
    await saveIncident({ id: run.id, baseVersion: 0, input });
    performance.mark('spor-alarm-logged');
    update(run.id, () => ({ log: { name: 'saved' } }));
  } catch (error) {
    update(run.id, () => ({ log: { name: 'failed', reason: errorText(error) } }));
  }
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
  await released;
  if (alarmRun.value?.id === run.id && !alarmRun.value.ended) openExternal(smsHref);
  performance.mark('spor-alarm-text-opened');
  if (!run.practice) await logAlarm(run, position, text);
}

/** Everything at once: the recording, the position and then the text, the tone if chosen. */
export function startAlarm({ practice, trustedPeople, signal: alarmSignal, language }: AlarmStart): void {
  performance.mark('spor-alarm-started');
  const run: AlarmRun = {
    id: crypto.randomUUID(), practice, startedAt: Date.now(), timeZone: deviceTimeZone(), language,
    recipients: alarmRecipients(trustedPeople), signal: alarmSignal,
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
    await recording.handle.stop();
    update(run.id, () => ({ recording: { name: 'stored' } }));
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
