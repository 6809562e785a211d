import { useEffect, useState } from 'preact/hooks';
import { uncover } from '../../app/cover';
import { lockState } from '../../app/lock';
import { navigate } from '../../app/router';
import { loadAlarmAccess } from '../../db/alarmAccess';
import { addAreas } from '../../i18n/catalogue';
import alarmMessages from '../../i18n/messages/alarm';
import { language, t } from '../../i18n';
import { errorText } from '../../ui/errorText';
import { HoldButton } from './HoldButton';
import './Alarm.css';

// Only the alarm's own messages: this loads on the lock screen and the cover, before (and instead of) the rest.
addAreas([alarmMessages]);

/** Everything the alarm runs on; fetched as soon as the button shows, so the hold starts it at once. */
const loadAlarm = () => Promise.all([import('./alarmRun'), import('./index')]);

/**
 * The alarm without passcode: the same hold button on the lock screen and the cover. It starts the alarm with the
 * recipients kept for it (the log stays locked); the app then shows the running alarm instead of the lock screen.
 */
export default function AlarmWithoutPasscode() {
  const [failed, setFailed] = useState<string>();
  useEffect(() => void loadAlarm().catch(() => undefined), []);
  const start = async () => {
    try {
      const [[{ startAlarm }], access] = await Promise.all([loadAlarm(), loadAlarmAccess()]);
      // A copy that cannot be read still starts the alarm: the messaging app then opens without recipients.
      startAlarm({ practice: false, recipients: access?.recipients ?? [], signal: access?.signal ?? 'onTap', language: language.value });
      uncover();
      if (lockState.value === 'open') navigate({ screen: 'alarm' });
    } catch (error) {
      setFailed(errorText(error));
    }
  };
  return (
    <section class="alarm-without-passcode stack">
      <HoldButton label={t('alarm.hold')} onHeld={() => void start()} />
      <p id="alarm-hold-hint" class="muted">{t('alarm.hold.hint')}</p>
      {failed && <p class="error" role="alert">{failed}</p>}
    </section>
  );
}
