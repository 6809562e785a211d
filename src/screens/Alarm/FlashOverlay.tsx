import { t } from '../../i18n';
import { soundOff } from './alarmRun';

/** The whole screen flashes while the tone sounds, and the whole screen is the button that stops both. */
export function FlashOverlay() {
  return (
    <button type="button" class="alarm-flash" onClick={soundOff} data-testid="alarm-flash">
      {t('alarm.sound.stop')}
    </button>
  );
}
