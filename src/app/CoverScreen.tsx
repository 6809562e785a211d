import { useEffect } from 'preact/hooks';
import { t } from '../i18n';
import { AlarmWithoutPasscode, useAlarmWithoutPasscode } from './alarmOnScreen';
import { unblank, uncover } from './cover';

/**
 * The neutral screen: the app's name and nothing else, and the alarm's hold button if the user chose the alarm without
 * passcode. A tap on the name opens Spor again at the log.
 */
export function CoverScreen() {
  useEffect(unblank, []);
  const alarmOffered = useAlarmWithoutPasscode();
  return (
    <main class="cover-screen">
      <h1>
        <button type="button" onClick={uncover} data-testid="cover">
          {t('app.name')}
        </button>
      </h1>
      {alarmOffered && <AlarmWithoutPasscode />}
    </main>
  );
}
