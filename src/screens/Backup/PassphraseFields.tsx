import { passphraseMinimum, passphraseStrength } from '../../domain/passphraseStrength';
import { t } from '../../i18n';

interface Props {
  passphrase: string;
  repeat: string;
  onPassphrase: (value: string) => void;
  onRepeat: (value: string) => void;
}

/** A new passphrase typed twice, with a strength hint that updates as it is typed. */
export function PassphraseFields({ passphrase, repeat, onPassphrase, onRepeat }: Props) {
  const strength = passphraseStrength(passphrase);
  return (
    <>
      <div>
        <label for="backup-passphrase">{t('backup.make.passphrase')}</label>
        <input id="backup-passphrase" type="password" autocomplete="new-password" value={passphrase} aria-describedby="backup-passphrase-hint backup-strength"
          onInput={(event) => onPassphrase(event.currentTarget.value)} />
        <p id="backup-passphrase-hint" class="muted">{t('backup.make.hint', { count: passphraseMinimum })}</p>
        {passphrase && <p id="backup-strength" class={`backup-strength ${strength}`} aria-live="polite">{t(`backup.strength.${strength}`)}</p>}
      </div>
      <div>
        <label for="backup-repeat">{t('backup.make.repeat')}</label>
        <input id="backup-repeat" type="password" autocomplete="new-password" value={repeat} onInput={(event) => onRepeat(event.currentTarget.value)} />
      </div>
    </>
  );
}
