import '../../i18n/laterMessages';
import { useEffect, useState } from 'preact/hooks';
import { getBackupStatus } from '../../db';
import { t } from '../../i18n';
import { BackupStatusLine } from './BackupStatusLine';
import { MakeBackupForm } from './MakeBackupForm';
import { RestoreForm } from './RestoreForm';
import './Backup.css';

/** Make a backup, hand it over, restore one: the encrypted `.spor` file (src/backup/README.md). */
export default function Backup() {
  const [made, setMade] = useState(0);
  // On a phone with an empty log (a new phone, a cleared browser) restoring is what the person came for: it goes first.
  // Known before the forms appear, so neither moves (and loses what was typed) once it is known.
  const [emptyLog, setEmptyLog] = useState<boolean>();
  useEffect(() => void getBackupStatus().then((status) => setEmptyLog(status.entries === 0)).catch(() => setEmptyLog(false)), []);
  const heading = <><h1>{t('backup.title')}</h1><p>{t('backup.intro')}</p></>;
  if (emptyLog === undefined) return <div class="backup-screen stack">{heading}<p aria-live="polite">{t('status.loading')}</p></div>;
  return (
    <div class="backup-screen stack">
      {heading}
      {emptyLog && <RestoreForm />}
      <BackupStatusLine refresh={made} />
      <MakeBackupForm onMade={() => setMade((count) => count + 1)} />
      <section aria-labelledby="backup-hand-over">
        <h2 id="backup-hand-over">{t('backup.handOver.heading')}</h2>
        <p>{t('backup.handOver.text')}</p>
      </section>
      {!emptyLog && <RestoreForm />}
    </div>
  );
}
