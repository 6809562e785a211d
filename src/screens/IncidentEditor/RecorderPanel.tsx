import { useEffect, useRef, useState } from 'preact/hooks';
import { currentRecording, MicrophoneError, startAudioRecording, type RecordingHandle } from '../../capture/recorder';
import { clockDuration } from '../../domain/duration';
import type { IncidentKind } from '../../domain/kinds';
import type { Attachment } from '../../domain/types';
import { t } from '../../i18n';
import { errorText } from '../../ui/errorText';
import { useTicks } from '../../ui/useTicks';
import { recordingControlsShown } from '../../capture/currentRecording';

interface RecorderPanelProps {
  incidentId: string;
  kind?: IncidentKind;
  /** Start as soon as the editor opens (the log's record button, the home-screen shortcut). */
  autoStart: boolean;
  /** The recording began: the incident now exists at this version (created for the recording if it was new). */
  onStarted: (handle: RecordingHandle) => void;
  onStored: (attachment: Attachment) => void;
}

function problemText(error: unknown): string {
  if (!(error instanceof MicrophoneError)) return t('recorder.problem.failed', { detail: errorText(error) });
  if (error.problem === 'failed') return t('recorder.problem.failed', { detail: String((error.cause as Error | undefined)?.message ?? error.message) });
  return t(`recorder.problem.${error.problem}`);
}

/** One large button that records sound into this incident, with the clock, the level, pause and stop. */
export function RecorderPanel({ incidentId, kind, autoStart, onStarted, onStored }: RecorderPanelProps) {
  const recording = currentRecording.value?.incidentId === incidentId ? currentRecording.value : undefined;
  const state = recording?.state.value;
  const [problem, setProblem] = useState<string>();
  const [starting, setStarting] = useState(false);
  const [stored, setStored] = useState<Attachment>();
  useTicks(state === 'recording' || state === 'paused', 250); // the clock and the level meter
  // This panel shows the recording's clock and stop: the bar every screen shows while recording steps aside meanwhile.
  useEffect(() => {
    if (!recording) return;
    recordingControlsShown.value = recording.id;
    return () => {
      if (recordingControlsShown.value === recording.id) recordingControlsShown.value = undefined;
    };
  }, [recording]);
  const started = useRef(false);
  const panel = useRef<HTMLElement>(null);

  async function start() {
    setProblem(undefined);
    setStored(undefined);
    setStarting(true);
    try {
      onStarted(await startAudioRecording({ incidentId, kind }));
    } catch (error) {
      setProblem(problemText(error));
    } finally {
      setStarting(false);
    }
  }

  async function stop(handle: RecordingHandle) {
    try {
      const attachment = await handle.stop();
      if (attachment) {
        setStored(attachment);
        onStored(attachment);
      }
    } catch (error) {
      setProblem(errorText(error));
    }
  }

  useEffect(() => {
    if (autoStart && !started.current && !recording) {
      // Opened to record: the recorder is what the person came for, so it is brought into view.
      panel.current?.scrollIntoView({ block: 'center' });
      void start();
    }
    started.current = true;
  }, []);

  const storing = recording?.problem.value;
  return (
    <section ref={panel} class="recorder stack" aria-labelledby="recorder-heading">
      <h2 id="recorder-heading" class="file-list-heading">{t('recorder.heading')}</h2>
      {!recording ? (
        <>
          <button type="button" class="primary recorder-start" disabled={starting} onClick={() => void start()} aria-describedby="recorder-hint">
            <span class="recorder-dot" aria-hidden="true" /> {t('recorder.start')}
          </button>
          <p id="recorder-hint" class="muted hint">{t('recorder.hint')}</p>
        </>
      ) : (
        <div class="recorder-live" data-testid="recorder-live">
          <p class="recorder-state" role="status">
            {state === 'recording' && <span class="recorder-dot" aria-hidden="true" />} {t(`recorder.state.${state ?? 'recording'}`)}
          </p>
          <p class="recorder-clock">
            <span class="visually-hidden">{t('recorder.elapsed')}: </span>
            <time data-testid="recorder-elapsed">{clockDuration(recording.elapsedMs())}</time>
          </p>
          <meter class="recorder-level" min={0} max={1} value={recording.level()} aria-label={t('recorder.level')} />
          <div class="row">
            {state === 'paused'
              ? <button type="button" onClick={() => recording.resume()}>{t('recorder.resume')}</button>
              : <button type="button" disabled={state !== 'recording'} onClick={() => recording.pause()}>{t('recorder.pause')}</button>}
            <button type="button" class="primary" disabled={state === 'stopping'} onClick={() => void stop(recording)}>{t('recorder.stop')}</button>
          </div>
          {storing !== undefined && <p class="error-box" role="alert">{t('recorder.problem.storing', { detail: errorText(storing) })}</p>}
        </div>
      )}
      {problem && <p class="error-box" role="alert" data-testid="recorder-problem">{problem}</p>}
      {stored && (
        <p class="notice" role="status">
          {t('recorder.stored', { duration: clockDuration((stored.recordedUntil ?? stored.addedAt) - (stored.capturedAt ?? stored.addedAt)) })}
        </p>
      )}
    </section>
  );
}
