// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { signal } from '@preact/signals';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import RecordingBar from '../../src/app/RecordingBar';
import { currentRecording } from '../../src/capture/currentRecording';
import type { RecorderState, RecordingHandle } from '../../src/capture/recorder';
import type { Attachment } from '../../src/domain/types';
import { language } from '../../src/i18n';

/** A recording 1 min 23 s in; stop() ends it with `outcome` as the recorder would (undefined: stopped while locked). */
function runningRecording(outcome: Partial<Attachment> | undefined): RecordingHandle {
  const state = signal<RecorderState>('recording');
  const handle: RecordingHandle = {
    id: 'rec-1', incidentId: 'incident-with-a-secret-name', incidentVersion: 1, startedAt: 0, mimeType: 'audio/webm',
    state, problem: signal(undefined), elapsedMs: () => 83_400, level: () => 0.5, pause: () => undefined, resume: () => undefined,
    stop: vi.fn(async () => {
      state.value = 'stopped';
      currentRecording.value = undefined;
      return outcome as Attachment | undefined;
    }),
  };
  currentRecording.value = handle;
  return handle;
}

describe('the recording bar shown on every screen while recording', () => {
  afterEach(() => {
    cleanup();
    currentRecording.value = undefined;
  });

  it('shows the state, the time recorded and a Stop with a clear name, and nothing of the incident', () => {
    language.value = 'en';
    runningRecording({ id: 'rec-1' });
    render(<RecordingBar />);
    const bar = screen.getByRole('region', { name: 'Sound recording running' });
    expect(bar.textContent).toContain('Recording');
    expect(bar.querySelector('time')?.textContent).toBe('1:23');
    expect(screen.getByRole('button', { name: 'Stop the recording' })).toBeTruthy();
    expect(bar.textContent).not.toContain('incident-with-a-secret-name');
  });

  it('speaks Danish', () => {
    language.value = 'da';
    runningRecording({ id: 'rec-1' });
    render(<RecordingBar />);
    expect(screen.getByRole('region', { name: 'Lydoptagelse i gang' }).textContent).toContain('Optager');
    expect(screen.getByRole('button', { name: 'Stop optagelsen' })).toBeTruthy();
  });

  it('Stop ends the recording and says it is stored', async () => {
    language.value = 'en';
    const handle = runningRecording({ id: 'rec-1' });
    render(<RecordingBar />);
    fireEvent.click(screen.getByRole('button', { name: 'Stop the recording' }));
    expect(await screen.findByRole('status')).toHaveProperty('textContent', 'The recording is stored.');
    expect(handle.stop).toHaveBeenCalledOnce();
    expect(screen.queryByRole('button', { name: 'Stop the recording' })).toBeNull();
  });

  it('stopped while locked, it says the recording is kept until the next unlock', async () => {
    language.value = 'en';
    runningRecording(undefined);
    render(<RecordingBar />);
    fireEvent.click(screen.getByRole('button', { name: 'Stop the recording' }));
    expect((await screen.findByRole('status')).textContent).toMatch(/stored with its incident at the next unlock/);
  });

  it('shows nothing when no recording runs', () => {
    const { container } = render(<RecordingBar />);
    expect(container.textContent).toBe('');
  });
});
