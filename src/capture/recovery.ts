import { recoverRecordings } from '../db/recordings';
import { isRecordingRunning } from './recordingLock';

/** At start: recordings whose page was closed or killed become attachments of what was stored of them. */
export function recoverCutOffRecordings(): Promise<number> {
  return recoverRecordings(isRecordingRunning);
}
