import { StorageFullError } from '../db/errors';
import { FileNotStoredError } from '../db/saveErrors';
import { t } from '../i18n';

/** Why a write failed, as the end of a sentence ("Not saved: <reason>"), naming the file when one was the cause. */
export function saveReason(error: unknown): string {
  if (error instanceof FileNotStoredError) return t('form.reasonFile', { name: error.fileName, reason: saveReason(error.cause) });
  if (error instanceof StorageFullError) return t('form.reasonFull');
  return t('form.reasonOther', { detail: error instanceof Error ? error.message : String(error) });
}
