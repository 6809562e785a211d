import { lockIsOn } from '../../app/lock';
import { BackupError } from '../../backup/backupFormat';
import { blobOutput, fileOutput, writeBackupTo } from '../../backup/backupOutput';
import { openBackup } from '../../backup/readBackup';
import type { RestoreSummary } from '../../backup/restorePlan';
import { prepareBackup } from '../../backup/writeBackup';
import { derivePasscodeKeyInWorker } from '../../crypto/keyDerivation';
import { unlockWithPasscode } from '../../crypto/passcodeRing';
import { DecryptionError } from '../../crypto/sealed';
import { FileMissingError, readBackupFile, readBackupSnapshot, recordBackupMade, LogChangedError, restoreBackup } from '../../db';
import { appVersion } from '../../pwa/version';
import { loadKeyRing } from '../../db/lockKeys';

// The Backup screen's two long tasks, each with progress and a real cancel: making the file and restoring one.

export interface Progress {
  stage: 'preparing' | 'writing' | 'checking' | 'restoring';
  done: number;
  total: number;
}

/** Whether `passcode` is the app lock's passcode (so it may serve as the backup passphrase). */
export async function isAppPasscode(passcode: string): Promise<boolean> {
  const ring = await loadKeyRing();
  if (!lockIsOn.value || !ring) return false;
  try {
    await unlockWithPasscode(ring, passcode, derivePasscodeKeyInWorker);
    return true;
  } catch (error) {
    if (error instanceof DecryptionError) return false;
    throw error;
  }
}

/** A date and nothing else: the name does not say what the file holds. */
export function backupFileName(now = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.spor`;
}

/** Makes the backup into the file the person picked, or into memory for the share sheet or a download. */
export async function makeBackup(passphrase: string, onProgress: (progress: Progress) => void, signal: AbortSignal, target?: FileSystemFileHandle,
  now = Date.now()): Promise<File> {
  onProgress({ stage: 'preparing', done: 0, total: 0 });
  const output = target ? await fileOutput(target) : blobOutput(backupFileName(new Date(now)));
  const prepare = async () => prepareBackup({ ...(await readBackupSnapshot()), readFile: readBackupFile }, { passphrase, derive: derivePasscodeKeyInWorker, appVersion, signal, now });
  const file = await writeBackupTo(output, prepare, (done, total) => onProgress({ stage: 'writing', done, total }), signal);
  await recordBackupMade(now);
  return file;
}

/** One pass: the passphrase, format, records and history are checked first, every file's bytes as they come in. */
export async function restoreFromFile(file: File, passphrase: string, onProgress: (progress: Progress) => void, signal: AbortSignal): Promise<RestoreSummary> {
  onProgress({ stage: 'checking', done: 0, total: file.size });
  const opened = await openBackup(file, {
    passphrase, derive: derivePasscodeKeyInWorker, signal, onProgress: (done, total) => onProgress({ stage: 'checking', done, total }),
  });
  return restoreBackup(opened, { onProgress: ({ done, total }) => onProgress({ stage: 'restoring', done, total }) });
}

export type ProblemKey =
  | `backup.problem.${BackupError['problem']}` | 'backup.problem.logChanged' | 'backup.make.fileChanged' | 'backup.make.fileMissing';

/** The message for a failure the screen can name; undefined for anything else (shown as a general error). */
export function problemKey(error: unknown, making: boolean): ProblemKey | undefined {
  if (error instanceof FileMissingError) return 'backup.make.fileMissing';
  if (error instanceof LogChangedError) return 'backup.problem.logChanged';
  if (!(error instanceof BackupError)) return undefined;
  if (making && error.problem === 'fileChanged') return 'backup.make.fileChanged';
  return `backup.problem.${error.problem}`;
}
