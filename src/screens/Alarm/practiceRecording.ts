import { MicrophoneError, startMicrophoneRecorder } from '../../capture/recorder';

// Practice records for real, so the person sees that the microphone and the recorder work on their phone, but keeps
// nothing: each piece the recorder hands over is counted and dropped at once. No incident, no marker, no bytes in any
// store or the inbox.

export async function startPracticeRecording() {
  const { stream, recorder } = await startMicrophoneRecorder();
  const startedAt = performance.now();
  let recordedBytes = 0;
  recorder.addEventListener('dataavailable', (event) => (recordedBytes += event.data.size));
  const stopped = new Promise<void>((resolve) => recorder.addEventListener('stop', () => resolve(), { once: true }));
  return {
    elapsedMs: () => performance.now() - startedAt,
    stop: async () => {
      const seconds = Math.round((performance.now() - startedAt) / 1000);
      if (recorder.state !== 'inactive') recorder.stop();
      await stopped;
      for (const track of stream.getTracks()) track.stop();
      // Sound that never arrived was not recorded: say so rather than claim a test that did not happen.
      if (!recordedBytes) throw new MicrophoneError('failed');
      return { name: 'discarded' as const, seconds };
    },
  };
}
