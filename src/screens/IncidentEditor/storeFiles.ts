import { attachFile, StorageFullError } from '../../db';
import { t } from '../../i18n';
import type { PendingFile } from './form';

export interface FileFailure {
  key: string;
  message: string;
}

/** Stores each picked file with the incident, one after another; a file that fails is reported by name and the rest go on. */
export async function storeFiles(
  incidentId: string,
  files: PendingFile[],
  onProgress: (key: string, percent: number) => void,
): Promise<FileFailure[]> {
  const failures: FileFailure[] = [];
  for (const file of files) {
    let shown = -1;
    onProgress(file.key, 0);
    try {
      await attachFile(incidentId, file.blob, {
        fileName: file.name,
        lastModified: file.lastModified,
        onProgress: (done, total) => {
          // Whole percents only: a 100 MB file reports hundreds of chunks.
          const percent = total ? Math.floor((done / total) * 100) : 100;
          if (percent !== shown) onProgress(file.key, (shown = percent));
        },
      });
    } catch (error) {
      const message = error instanceof StorageFullError
        ? t('editor.fileFailedFull', { name: file.name })
        : t('editor.fileFailed', { name: file.name, reason: error instanceof Error ? error.message : String(error) });
      failures.push({ key: file.key, message });
    }
  }
  return failures;
}
