import { useState } from 'preact/hooks';
import { lockIsOn } from '../../app/lock';
import { passphraseMinimum } from '../../domain/passphraseStrength';
import { t } from '../../i18n';
import { BackupResultCard } from './BackupResultCard';
import { backupFileName, isAppPasscode, makeBackup } from './backupActions';
import { PassphraseFields } from './PassphraseFields';
import { ProgressCard } from './ProgressCard';
import { pickSaveTarget } from './savePicker';
import { useLongTask } from './useLongTask';

/** Passphrase twice (or the app passcode once, checked), then the file with progress and cancel, then share or download. */
export function MakeBackupForm({ onMade }: { onMade: () => void }) {
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [usePasscode, setUsePasscode] = useState(false);
  const [file, setFile] = useState<{ file: File; saved: boolean }>();
  const task = useLongTask(true);

  const submit = async (event: Event) => {
    event.preventDefault();
    setFile(undefined);
    if (usePasscode) {
      if (!(await isAppPasscode(passphrase))) return task.setProblem(t('backup.make.passcodeWrong'));
    } else if ([...passphrase].length < passphraseMinimum) {
      return task.setProblem(t('backup.make.tooShort', { count: passphraseMinimum }));
    } else if (passphrase !== repeat) {
      return task.setProblem(t('backup.make.mismatch'));
    }
    // Asked now, while the tap still counts: where the browser can, the file is written straight to where it is saved.
    const target = await pickSaveTarget(backupFileName());
    if (target.kind === 'dismissed') return task.setProblem(t('backup.make.cancelled'));
    const handle = target.kind === 'file' ? target.handle : undefined;
    const made = await task.run((onProgress, signal) => makeBackup(passphrase, onProgress, signal, handle));
    if (made) {
      setFile({ file: made, saved: !!handle });
      setPassphrase('');
      setRepeat('');
      onMade();
    }
  };

  return (
    <section class="stack" aria-labelledby="backup-make">
      <h2 id="backup-make">{t('backup.make.heading')}</h2>
      <form class="stack" onSubmit={submit} data-testid="backup-make-form">
        {lockIsOn.value && (
          <label class="check">
            <input type="checkbox" checked={usePasscode} onChange={(event) => setUsePasscode(event.currentTarget.checked)} />
            <span>{t('backup.make.usePasscode')}</span>
          </label>
        )}
        {usePasscode ? (
          <div>
            <label for="backup-passcode">{t('backup.make.passcode')}</label>
            <input id="backup-passcode" type="password" autocomplete="current-password" value={passphrase} onInput={(event) => setPassphrase(event.currentTarget.value)} />
          </div>
        ) : (
          <PassphraseFields passphrase={passphrase} repeat={repeat} onPassphrase={setPassphrase} onRepeat={setRepeat} />
        )}
        <button type="submit" class="primary" disabled={!!task.progress}>{t('backup.make.button')}</button>
      </form>
      {task.progress && <ProgressCard progress={task.progress} onCancel={task.cancel} />}
      {task.problem && <p class="error-box" role="alert">{task.problem}</p>}
      {file && <BackupResultCard file={file.file} saved={file.saved} />}
    </section>
  );
}
