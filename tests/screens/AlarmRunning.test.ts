// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { setLanguage, t } from '../../src/i18n';
import { recordingFailure } from '../../src/screens/Alarm/AlarmRunning';

describe('the alarm’s line when the sound recording fails', () => {
  beforeEach(() => setLanguage('en'));

  it('reads as one sentence whether the reason is a clause or a whole message', () => {
    expect(recordingFailure(t('alarm.microphone.absent'))).toBe('No sound recording: no microphone was found. Everything else works.');
    expect(recordingFailure(t('error.storageFull'))).toBe('No sound recording: The phone is out of storage space. Nothing was lost; free some space and try again. Everything else works.');
    setLanguage('da');
    expect(recordingFailure(t('error.storageFull'))).not.toContain('..');
  });
});
