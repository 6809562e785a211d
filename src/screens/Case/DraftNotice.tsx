import { language, t } from '../../i18n';
import { formatInstant } from '../../i18n/dates';

/** Says that what is shown is a draft brought back, not the saved record. */
export function DraftNotice({ restoredAt }: { restoredAt?: number }) {
  if (restoredAt === undefined) return null;
  return <p class="notice" role="status">{t('form.draftRestored', { time: formatInstant(restoredAt, language.value, 'dateTime') })}</p>;
}
