import { signal } from '@preact/signals';
import type { RecordingHandle } from './recorder';

// Which recording runs in this tab, apart from the recorder itself: the recording bar is drawn by the app's frame on
// every screen, and the frame must not load the recorder (and the storage it pulls in) to know there is none.

/** The recording running in this tab, if any (set and cleared by recorder.ts). */
export const currentRecording = signal<RecordingHandle | undefined>(undefined);

/** The id of a recording whose own controls are on screen (the editor's recorder panel): the bar steps aside for it. */
export const recordingControlsShown = signal<string | undefined>(undefined);
