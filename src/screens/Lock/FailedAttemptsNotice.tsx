import lockMessages from '../../i18n/messages/lock';
import { addAreas } from '../../i18n/catalogue';
import { language, t } from '../../i18n';
import { formatInstant } from '../../i18n/dates';
import { failedAttemptsSeen } from '../../app/lock';

addAreas([lockMessages]);

/** After an unlock: how many wrong attempts came before it, and when the latest was. Shown until dismissed. */
export default function FailedAttemptsNotice() {
  const times = failedAttemptsSeen.value;
  if (!times?.length) return null;
  const when = formatInstant(times[times.length - 1], language.value, 'dateTime');
  return (
    <div class="error-box failed-attempts" role="alert">
      <p>{times.length === 1 ? t('lock.failedAttempt', { when }) : t('lock.failedAttempts', { count: times.length, when })}</p>
      <button type="button" onClick={() => (failedAttemptsSeen.value = undefined)}>{t('action.close')}</button>
    </div>
  );
}
