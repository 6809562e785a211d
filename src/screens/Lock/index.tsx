import { useEffect, useState } from 'preact/hooks';
import lockMessages from '../../i18n/messages/lock';
import { addAreas } from '../../i18n/catalogue';
import { t } from '../../i18n';
import { alarmOnScreen, AlarmWithoutPasscode, unlockDuringAlarm, useAlarmWithoutPasscode } from '../../app/alarmOnScreen';
import { unblank } from '../../app/cover';
import { navigate } from '../../app/router';
import { warmKeyDerivation } from '../../crypto/keyDerivation';
import type { UnlockOutcome } from '../../app/lockActions';
import { errorText } from '../../ui/errorText';
import { useCountdown } from './useCountdown';
import './Lock.css';

// Only the lock screen's own messages: it loads before, and instead of, everything else.
addAreas([lockMessages]);

type Way = 'passcode' | 'recovery';

/** Unlocking (key ring, store cipher) loads while the passcode is typed. */
const loadUnlocking = () => import('../../app/lockActions');

/** Says only "Spor". Argon2id's worker starts loading as the screen appears. */
export default function LockScreen() {
  const [way, setWay] = useState<Way>('passcode');
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<UnlockOutcome>();
  const [failure, setFailure] = useState<string>();
  const alarmOffered = useAlarmWithoutPasscode();
  const secondsLeft = useCountdown(outcome && !outcome.ok && outcome.problem !== 'typo' ? outcome.retryAt : 0);

  useEffect(() => {
    unblank();
    warmKeyDerivation();
    void loadUnlocking().catch(() => undefined); // beside the screen, not before it: the first paint stays light
  }, []);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy || secondsLeft > 0 || !typed) return;
    setBusy(true);
    setFailure(undefined);
    try {
      const { unlockWithTypedPasscode, unlockWithTypedRecoveryCode } = await loadUnlocking();
      const result = way === 'passcode' ? await unlockWithTypedPasscode(typed) : await unlockWithTypedRecoveryCode(typed);
      setOutcome(result);
      if (result.ok && way === 'recovery') navigate({ screen: 'settings' }, { replace: true });
      else if (result.ok && alarmOnScreen.value) navigate({ screen: 'alarm' }, { replace: true }); // the alarm goes on
      if (!result.ok) setTyped('');
    } catch (error) {
      setFailure(errorText(error));
    } finally {
      setBusy(false);
    }
  };
  const switchTo = (next: Way) => {
    setWay(next);
    setTyped('');
    setOutcome(undefined);
  };

  const problem = outcome && !outcome.ok ? outcome.problem : undefined;
  const message = failure ??
    (problem === 'typo'
      ? t('lock.typo')
      : problem
        ? `${problem === 'wrong' ? t(way === 'passcode' ? 'lock.wrong' : 'lock.wrongCode') : ''} ${secondsLeft > 0 ? t('lock.wait', { seconds: secondsLeft }) : ''}`.trim()
        : '');
  const label = way === 'passcode' ? t('lock.passcode') : t('lock.recoveryCode');

  return (
    <main class="lock-screen">
      <h1>{t('app.name')}</h1>
      <form onSubmit={submit} class="stack">
        <label for="lock-secret">{label}</label>
        <input
          id="lock-secret"
          type={way === 'passcode' ? 'password' : 'text'}
          autoComplete="off"
          autoCapitalize={way === 'passcode' ? 'off' : 'characters'}
          spellcheck={false}
          value={typed}
          onInput={(event) => setTyped(event.currentTarget.value)}
          aria-describedby="lock-message"
          autoFocus
        />
        <button type="submit" class="primary" disabled={busy || secondsLeft > 0}>
          {busy ? t('lock.unlocking') : t('lock.unlock')}
        </button>
        <p id="lock-message" role="status" class={message ? 'error' : undefined}>{message}</p>
      </form>
      <button type="button" class="link" onClick={() => switchTo(way === 'passcode' ? 'recovery' : 'passcode')}>
        {way === 'passcode' ? t('lock.forgot') : t('lock.usePasscode')}
      </button>
      {alarmOnScreen.value ? (
        <button type="button" class="link" onClick={() => (unlockDuringAlarm.value = false)}>{t('alarm.backToRunning')}</button>
      ) : alarmOffered && <AlarmWithoutPasscode />}
    </main>
  );
}
