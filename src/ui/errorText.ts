import { StorageFullError } from '../db/errors';
import { t } from '../i18n';

/** A message a person can act on, for any failure of a storage verb. */
export function errorText(error: unknown): string {
  if (error instanceof StorageFullError) return t('error.storageFull');
  return t('error.generic', { detail: error instanceof Error ? error.message : String(error) });
}
