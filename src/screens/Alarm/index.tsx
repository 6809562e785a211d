import '../../i18n/laterMessages';
import { useEffect, useState } from 'preact/hooks';
import { getAlarmSignal, getCaseDetails, hasAlarmAccess } from '../../db';
import type { AlarmSignal } from '../../domain/alarm/alarmSignal';
import type { TrustedPerson } from '../../domain/types';
import { t } from '../../i18n';
import { errorText } from '../../ui/errorText';
import '../../ui/CallLink.css';
import { AlarmRunning } from './AlarmRunning';
import { AlarmStart } from './AlarmStart';
import { alarmRun } from './alarmRun';
import { FlashOverlay } from './FlashOverlay';
import './Alarm.css';

interface Setup {
  trustedPeople: TrustedPerson[];
  signal: AlarmSignal;
  withoutPasscode: boolean;
}

/** The alarm: a hold button, then the recording, the position, the text to the trusted people and 112. */
export default function Alarm({ practice = false }: { practice?: boolean }) {
  const [setup, setSetup] = useState<Setup>();
  const [failed, setFailed] = useState<string>();
  const run = alarmRun.value;
  // Read only when the start screen shows: a running alarm may be shown while the log is locked.
  const starting = !run;
  useEffect(() => {
    if (!starting) return;
    Promise.all([getCaseDetails(), getAlarmSignal(), hasAlarmAccess()]).then(
      ([details, signal, withoutPasscode]) => setSetup({ trustedPeople: details.trustedPeople ?? [], signal, withoutPasscode }),
      (error: unknown) => {
        // The alarm must still start when the case cannot be read: without recipients, the user picks them in the app.
        setFailed(errorText(error));
        setSetup({ trustedPeople: [], signal: 'onTap', withoutPasscode: false });
      },
    );
  }, [starting]);
  return (
    <div class="alarm-screen stack">
      {failed && <p class="error-box" role="alert">{failed}</p>}
      {run ? <AlarmRunning run={run} /> : setup ? <AlarmStart {...setup} practice={practice} /> : (
        <>
          <h1>{t('alarm.title')}</h1>
          <p aria-live="polite">{t('status.loading')}</p>
        </>
      )}
      {run?.sounding && <FlashOverlay />}
    </div>
  );
}
