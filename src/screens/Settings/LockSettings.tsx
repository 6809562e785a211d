import { useState } from 'preact/hooks';
import { autoLockMinutes, lockIsOn } from '../../app/lock';
import { changeLockPasscode, chooseAutoLockMinutes, turnOffLock, turnOnLock } from '../../app/lockActions';
import { passcodeProblem } from '../../domain/unlockPace';
import { t } from '../../i18n';
import { errorText } from '../../ui/errorText';
import { RecoveryCodeCard } from './RecoveryCodeCard';

const autoLockChoices = [1, 2, 5, 10, 15, 30];

/** Turning the lock on, changing the passcode, turning it off; and saying plainly what the lock does not do yet. */
export function LockSettings() {
  const [passcode, setPasscode] = useState('');
  const [repeated, setRepeated] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; problem: boolean }>();
  const [recoveryCode, setRecoveryCode] = useState<string>();
  const on = lockIsOn.value;

  const run = async (work: () => Promise<string | void>) => {
    setBusy(true);
    setMessage(undefined);
    try {
      const done = await work();
      if (done) setMessage({ text: done, problem: false });
    } catch (error) {
      setMessage({ text: errorText(error), problem: true });
    } finally {
      setBusy(false);
    }
  };
  const submitPasscode = (event: Event) => {
    event.preventDefault();
    const problem = passcodeProblem(passcode, repeated);
    if (problem) return setMessage({ text: t(problem === 'tooShort' ? 'settings.lock.tooShort' : 'settings.lock.mismatch'), problem: true });
    void run(async () => {
      if (on) await changeLockPasscode(passcode);
      else setRecoveryCode(await turnOnLock(passcode));
      setPasscode('');
      setRepeated('');
      return on ? t('settings.lock.changed') : undefined;
    });
  };

  return (
    <section aria-labelledby="settings-lock" data-testid="lock-settings">
      <h2 id="settings-lock">{t('settings.lock.heading')}</h2>
      <p>{t('settings.lock.what', { minutes: autoLockMinutes.value })}</p>
      <p class="muted" data-testid="lock-encryption">{t('settings.lock.encryption')}</p>
      {on && <p><strong>{t('settings.lock.on')}</strong></p>}
      {recoveryCode && <RecoveryCodeCard code={recoveryCode} onDone={() => setRecoveryCode(undefined)} />}
      <form class="stack" onSubmit={submitPasscode}>
        <div>
          <label for="lock-new">{t('settings.lock.newPasscode')}</label>
          <input id="lock-new" type="password" autoComplete="new-password" value={passcode} onInput={(event) => setPasscode(event.currentTarget.value)} />
        </div>
        <div>
          <label for="lock-repeat">{t('settings.lock.repeatPasscode')}</label>
          <input id="lock-repeat" type="password" autoComplete="new-password" value={repeated} onInput={(event) => setRepeated(event.currentTarget.value)} />
        </div>
        {!on && <p>{t('settings.lock.forgetWarning')}</p>}
        <button type="submit" class={on ? undefined : 'primary'} disabled={busy}>
          {busy ? t('settings.lock.working') : t(on ? 'settings.lock.change' : 'settings.lock.turnOn')}
        </button>
      </form>
      {on && (
        <>
          <div>
            <label for="lock-after">{t('settings.lock.autoLock')}</label>
            <select id="lock-after" value={autoLockMinutes.value} onChange={(event) => void run(() => chooseAutoLockMinutes(Number(event.currentTarget.value)))}>
              {autoLockChoices.map((minutes) => (
                <option key={minutes} value={minutes}>{t('settings.lock.minutes', { count: minutes })}</option>
              ))}
            </select>
          </div>
          <button type="button" disabled={busy} onClick={() => void run(async () => (await turnOffLock(), t('settings.lock.turnedOff')))}>
            {t('settings.lock.turnOff')}
          </button>
        </>
      )}
      <p role="status" class={message?.problem ? 'error' : undefined}>{message?.text}</p>
    </section>
  );
}
