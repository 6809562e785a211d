import { useState } from 'preact/hooks';
import { setAlarmSignal } from '../../db';
import { alarmSignals, type AlarmSignal } from '../../domain/alarm/alarmSignal';
import { t } from '../../i18n';
import { errorText } from '../../ui/errorText';

interface AlarmSettingsProps {
  signal: AlarmSignal;
  onChange: (signal: AlarmSignal) => void;
}

/** Sound and light: a tone button, tone at once, or the silent alarm. Stored as soon as it is chosen. */
export function AlarmSettings({ signal, onChange }: AlarmSettingsProps) {
  const [failed, setFailed] = useState<string>();
  return (
    <fieldset class="alarm-settings">
      <legend>{t('alarm.settings.heading')}</legend>
      {alarmSignals.map((choice) => (
        <label key={choice} class="check">
          <input type="radio" name="alarm-signal" value={choice} checked={signal === choice} onChange={() => {
            onChange(choice);
            setAlarmSignal(choice).then(() => setFailed(undefined), (error: unknown) => setFailed(errorText(error)));
          }} />
          <span>{t(`alarm.signal.${choice}`)}</span>
        </label>
      ))}
      {failed && <p class="error" role="alert">{failed}</p>}
    </fieldset>
  );
}
