import { useEffect, useState } from 'preact/hooks';
import { getBackupStatus, type BackupStatus } from '../../db';
import { language, t, tn } from '../../i18n';
import { formatInstant } from '../../i18n/dates';

/** When the last backup was made and how many incidents are newer; `refresh` changes when a backup was just made. */
export function BackupStatusLine({ refresh = 0 }: { refresh?: number }) {
  const [status, setStatus] = useState<BackupStatus>();
  useEffect(() => void getBackupStatus().then(setStatus).catch(() => undefined), [refresh]);
  if (!status) return null;
  return (
    <p data-testid="backup-status">
      {status.lastBackupAt === undefined ? t('backup.settings.never') : t('backup.settings.last', { time: formatInstant(status.lastBackupAt, language.value, 'shortDateTime') })}
      {status.lastBackupAt !== undefined && status.newerEntries > 0 && <> {tn('backup.settings.newer', status.newerEntries)}</>}
    </p>
  );
}
