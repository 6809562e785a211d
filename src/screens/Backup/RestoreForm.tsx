import { useState } from 'preact/hooks';
import type { RestoreSummary } from '../../backup/restorePlan';
import { t } from '../../i18n';
import { restoreFromFile } from './backupActions';
import { CaseDifferences } from './CaseDifferences';
import { ProgressCard } from './ProgressCard';
import { useLongTask } from './useLongTask';

/** Pick the file, type its passphrase: the whole file is checked before anything is written, then it comes in. */
export function RestoreForm() {
  const [file, setFile] = useState<File>();
  const [passphrase, setPassphrase] = useState('');
  const [summary, setSummary] = useState<RestoreSummary>();
  const task = useLongTask(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    setSummary(undefined);
    if (!file) {
      task.setProblem(t('backup.restore.noFile'));
      document.getElementById('restore-file')?.focus();
      return;
    }
    const restored = await task.run((onProgress, signal) => restoreFromFile(file, passphrase, onProgress, signal));
    if (restored) {
      setSummary(restored);
      setPassphrase('');
    }
  };

  // The log's screens keep what they loaded in memory: a fresh start shows everything that came in.
  const openLog = () => {
    history.replaceState(null, '', '#/');
    location.reload();
  };

  return (
    <section class="stack" aria-labelledby="backup-restore" id="restore">
      <h2 id="backup-restore">{t('backup.restore.heading')}</h2>
      <p>{t('backup.restore.intro')}</p>
      <form class="stack" onSubmit={submit} data-testid="restore-form">
        <div>
          <label for="restore-file">{t('backup.restore.file')}</label>
          <input id="restore-file" type="file" accept=".spor,application/octet-stream" onChange={(event) => setFile(event.currentTarget.files?.[0])} />
        </div>
        <div>
          <label for="restore-passphrase">{t('backup.restore.passphrase')}</label>
          <input id="restore-passphrase" type="password" autocomplete="off" value={passphrase} onInput={(event) => setPassphrase(event.currentTarget.value)} />
        </div>
        <button type="submit" class="primary" disabled={!!task.progress}>{t('backup.restore.button')}</button>
      </form>
      {task.progress && <ProgressCard progress={task.progress} onCancel={task.cancel} />}
      {task.problem && <p class="error-box" role="alert" data-testid="restore-problem">{task.problem}</p>}
      {summary && (
        <div class="card stack" data-testid="restore-result" role="status">
          <h3>{t('backup.restore.done')}</h3>
          <p>{t('backup.restore.summary', { added: summary.added, identical: summary.identical, keptBoth: summary.keptBoth })}</p>
          {summary.caseDifferences.length > 0 && <CaseDifferences differences={summary.caseDifferences} />}
          <button type="button" class="primary" onClick={openLog}>{t('backup.restore.open')}</button>
        </div>
      )}
    </section>
  );
}
