import { StorageFullError } from '../db/errors';
import { LockedError, TamperedRowError } from '../db/sealing';
import { t } from '../i18n';

/** A message a person can act on, for any failure of a storage verb. */
export function errorText(error: unknown): string {
  if (error instanceof StorageFullError) return t('error.storageFull');
  if (error instanceof LockedError) return t('error.locked');
  // By name: importing DecryptionError would pull the crypto into every screen.
  if (error instanceof TamperedRowError || (error instanceof Error && error.name === 'DecryptionError')) return t('error.unreadable');
  return t('error.generic', { detail: error instanceof Error ? error.message : String(error) });
}
