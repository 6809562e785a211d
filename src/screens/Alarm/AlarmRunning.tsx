import { unlockDuringAlarm } from '../../app/alarmOnScreen';
import { lockState } from '../../app/lock';
import { routeHref } from '../../app/router';
import { clockDuration } from '../../domain/duration';
import { helpNumbers } from '../../domain/helpNumbers';
import { formatInstant } from '../../i18n/dates';
import { language, t } from '../../i18n';
import { CallLink } from '../../ui/CallLink';
import { useTicks } from '../../ui/useTicks';
import { alarmSmsLink, clearAlarm, endAlarm, soundOn, stopRecording, type AlarmRun } from './alarmRun';

function AlarmText({ run }: { run: AlarmRun }) {
  if (!run.text || !run.position || !run.smsHref) return <p role="status">{t('alarm.position.finding')}</p>;
  const names = run.recipients.map((person) => person.name).join(', ');
  return (
    <>
      <a class="button primary alarm-sms" href={run.smsHref} data-testid="alarm-sms">
        {names ? t('alarm.text.open', { people: names }) : t('alarm.text.openNobody')}
      </a>
      <p role="status">{t('alarm.text.opened')}</p>
      <pre class="alarm-text-preview">{run.text}</pre>
      {run.recipients.length > 1 && (
        <>
          <p>{t('alarm.text.each')}</p>
          <ul class="alarm-each">
            {run.recipients.map((person) => (
              <li key={person.phone}><a class="button" href={alarmSmsLink([person], run.text!)}>{t('alarm.text.toOne', { name: person.name })}</a></li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

/** The reason is a clause (no microphone) or a whole message (storage full): the sentence brings its own full stop. */
export function recordingFailure(reason: string): string {
  return t('alarm.recording.failed', { reason: reason.replace(/\.\s*$/, '') });
}

function RecordingLine({ run }: { run: AlarmRun }) {
  const { recording } = run;
  useTicks(recording.name === 'recording', 1000);
  switch (recording.name) {
    case 'starting': return <p>{t('alarm.recording.starting')}</p>;
    case 'recording': return (
      <div class="row">
        <p class="alarm-recording" data-testid="alarm-recording">
          {t(run.practice ? 'alarm.recording.practising' : 'alarm.recording.running', { elapsed: clockDuration(recording.recorder.elapsedMs()) })}
        </p>
        <button type="button" onClick={() => void stopRecording()}>{t('alarm.recording.stop')}</button>
      </div>
    );
    case 'stopping': return <p>{t('alarm.recording.stopping')}</p>;
    case 'stored': return <p>{t('alarm.recording.attached')}</p>;
    case 'sealed': return <p>{t('alarm.recording.sealed')}</p>;
    case 'discarded': return <p>{t('alarm.recording.discarded', { seconds: recording.seconds })}</p>;
    case 'failed': return <p class="error">{recordingFailure(recording.reason)}</p>;
  }
}

function LogLine({ run }: { run: AlarmRun }) {
  switch (run.log.name) {
    case 'waiting': return <p>{t('alarm.log.saving')}</p>;
    case 'practice': return <p>{t('alarm.log.practice')}</p>;
    case 'sealed': return <p>{t('alarm.log.sealed')}</p>;
    case 'failed': return <p class="error" role="alert">{t('alarm.log.failed', { reason: run.log.reason })}</p>;
    case 'saved': return (
      <>
        <p>{t('alarm.log.saved')}</p>
        {/* Locked meanwhile (the messaging app was opened): the log stays behind the passcode. */}
        {lockState.value === 'open' && (
          <a class="button" href={routeHref({ screen: 'incident', id: run.id })} data-testid="alarm-log-entry">{t('alarm.log.open')}</a>
        )}
      </>
    );
  }
}

/** While the alarm runs: 112 first, the text to send, the tone, the recording and the log entry, then the way out. */
export function AlarmRunning({ run }: { run: AlarmRun }) {
  const lang = language.value;
  return (
    <>
      {run.practice && <p class="alarm-practice-banner">{t('alarm.practice.banner')}</p>}
      <h1>{t('alarm.started', { time: formatInstant(run.startedAt, lang, 'time') })}</h1>
      <ul class="call-list">
        <CallLink tel={helpNumbers.emergency.tel} shown={helpNumbers.emergency.shown} name={t('alarm.call112')} when={t('help.call.emergency.when')} urgent />
      </ul>
      <section aria-labelledby="alarm-text-heading" class="stack">
        <h2 id="alarm-text-heading">{t('alarm.text.heading')}</h2>
        <AlarmText run={run} />
      </section>
      <section class="stack alarm-status">
        {run.signal === 'silent'
          ? <p>{t('alarm.silent.note')}</p>
          : !run.ended && <button type="button" class="danger alarm-sound" onClick={soundOn}>{t('alarm.sound.start')}</button>}
        <RecordingLine run={run} />
        <LogLine run={run} />
      </section>
      <ul class="call-list">
        <CallLink {...helpNumbers.counselling} name={t('help.call.counselling.name')} when={t('help.call.counselling.when')} />
      </ul>
      {run.ended ? (
        <div class="stack">
          <p role="status">{t('alarm.ended')}</p>
          <button type="button" onClick={clearAlarm}>{t('alarm.again')}</button>
        </div>
      ) : (
        <button type="button" class="alarm-end" onClick={() => void endAlarm()}>{t('alarm.end')}</button>
      )}
      {/* The log locked meanwhile: unlocking shows it again, and the alarm and its recording go on. */}
      {lockState.value !== 'open' && (
        <button type="button" class="link" onClick={() => (unlockDuringAlarm.value = true)}>{t('alarm.unlock')}</button>
      )}
    </>
  );
}
