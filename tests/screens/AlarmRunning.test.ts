// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { t } from '../../src/i18n';
import { setLanguage } from '../../src/i18n/setLanguage';
import { recordingFailure } from '../../src/screens/Alarm/AlarmRunning';

describe('the alarm’s line when the sound recording fails', () => {
  beforeEach(() => setLanguage('en'));

  it('reads as one sentence whether the reason is a clause or a whole message', async () => {
    expect(recordingFailure(t('alarm.microphone.absent'))).toBe('No sound recording: no microphone was found. Everything else works.');
    expect(recordingFailure(t('error.storageFull'))).toBe('No sound recording: The phone is out of storage space. Nothing was lost; free some space and try again. Everything else works.');
    await setLanguage('da');
    expect(recordingFailure(t('error.storageFull'))).not.toContain('..');
  });
});
