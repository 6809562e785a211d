import { readFileSync } from 'node:fs';

// Real output of Chromium's MediaRecorder (the fake microphone, 6 s, `start(2000)` as the recorder calls it), in the
// three pieces it handed over: a Segment and Clusters of unknown size, no Duration, no Cues.
export const recordedWebm = new Uint8Array(readFileSync(new URL('../capture/fixtures/chromium-recorder-6s.webm', import.meta.url)));
const pieceEnds = [25401, 58365, 90362];
export const recordedWebmPieces = pieceEnds.map((end, index) => recordedWebm.subarray(pieceEnds[index - 1] ?? 0, end));
