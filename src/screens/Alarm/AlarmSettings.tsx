import { useState } from 'preact/hooks';
import { lockIsOn } from '../../app/lock';
import { setAlarmSignal, setAlarmWithoutPasscode } from '../../db';
import { alarmSignals, type AlarmSignal } from '../../domain/alarm/alarmSignal';
import { t } from '../../i18n';
import { errorText } from '../../ui/errorText';

interface AlarmSettingsProps {
  signal: AlarmSignal;
  onChange: (signal: AlarmSignal) => void;
  withoutPasscode: boolean;
}

/** Sound and light (a tone button, tone at once, or the silent alarm), and with the lock on the alarm without passcode. Stored as chosen. */
export function AlarmSettings({ signal, onChange, withoutPasscode: storedWithoutPasscode }: AlarmSettingsProps) {
  const [failed, setFailed] = useState<string>();
  const [withoutPasscode, setWithoutPasscode] = useState(storedWithoutPasscode);
  const store = (write: Promise<void>, undo?: () => void) => write.then(() => setFailed(undefined), (error: unknown) => {
    undo?.();
    setFailed(errorText(error));
  });
  return (
    <>
      <fieldset class="alarm-settings">
        <legend>{t('alarm.settings.heading')}</legend>
        {alarmSignals.map((choice) => (
          <label key={choice} class="check">
            <input type="radio" name="alarm-signal" value={choice} checked={signal === choice} onChange={() => {
              onChange(choice);
              void store(setAlarmSignal(choice));
            }} />
            <span>{t(`alarm.signal.${choice}`)}</span>
          </label>
        ))}
      </fieldset>
      {/* Only the lock hides the alarm; a copy kept from before the lock was turned off can still be deleted here. */}
      {(lockIsOn.value || withoutPasscode) && <fieldset class="alarm-settings stack" aria-describedby="alarm-without-passcode-cost">
        <legend>{t('alarm.withoutPasscode.heading')}</legend>
        <p>{t('alarm.withoutPasscode.what')}</p>
        <p id="alarm-without-passcode-cost" class="notice">{t('alarm.withoutPasscode.cost')}</p>
        <p>{t('alarm.withoutPasscode.log')}</p>
        <label class="check">
          <input type="checkbox" checked={withoutPasscode} data-testid="alarm-without-passcode" onChange={(event) => {
            const on = event.currentTarget.checked;
            setWithoutPasscode(on);
            void store(setAlarmWithoutPasscode(on), () => setWithoutPasscode(!on));
          }} />
          <span>{t('alarm.withoutPasscode.choice')}</span>
        </label>
        <p role="status">{t(withoutPasscode ? 'alarm.withoutPasscode.on' : 'alarm.withoutPasscode.off')}</p>
      </fieldset>}
      {failed && <p class="error" role="alert">{failed}</p>}
    </>
  );
}
