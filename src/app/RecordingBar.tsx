import { useState } from 'preact/hooks';
import '../i18n/laterMessages';
import { currentRecording } from '../capture/currentRecording';
import { clockDuration } from '../domain/duration';
import { t } from '../i18n';
import { errorText } from '../ui/errorText';
import { useTicks } from '../ui/useTicks';
import './RecordingBar.css';

// A running microphone is never out of sight: every screen of the open app shows this bar while a recording runs
// (the editor's recorder panel and the alarm screen show their own). Only the state, the clock and Stop: nothing of
// the incident, which may be read over a shoulder. Loaded only once a recording runs (the recorder is loaded then).

/** The bar for the recording running in this tab; after Stop it says where the recording went, until dismissed by the next screen. */
export default function RecordingBar() {
  const recording = currentRecording.value;
  const [outcome, setOutcome] = useState<string>();
  const state = recording?.state.value;
  useTicks(state === 'recording', 1000);

  async function stop() {
    if (!recording) return;
    try {
      setOutcome(t((await recording.stop()) ? 'recordingBar.stored' : 'recordingBar.storedLater'));
    } catch (error) {
      setOutcome(errorText(error));
    }
  }

  if (!recording) return outcome ? <p class="recording-bar done" role="status">{outcome}</p> : null;
  const label = state === 'paused' || state === 'stopping' ? t(`recorder.state.${state}`) : t('recorder.state.recording');
  return (
    <section class="recording-bar" aria-label={t('recordingBar.label')} data-testid="recording-bar">
      <p class="recording-bar-state">
        {state === 'recording' && <span class="recorder-dot" aria-hidden="true" />} {label}{' '}
        <span class="visually-hidden">{t('recorder.elapsed')}: </span>
        <time class="recording-bar-clock">{clockDuration(recording.elapsedMs())}</time>
      </p>
      <button type="button" class="recording-bar-stop" disabled={state === 'stopping'} onClick={() => void stop()}>
        {t('recordingBar.stop')}
      </button>
    </section>
  );
}
