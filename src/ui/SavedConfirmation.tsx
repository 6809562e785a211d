import { savedNotice } from '../app/savedNotice';
import { language, t } from '../i18n';
import { formatInstant } from '../i18n/dates';

/** "Saved at 14:32" on the screen that follows a save of this record, so the person knows it is stored. */
export function SavedConfirmation({ id }: { id: string }) {
  const notice = savedNotice.value;
  if (notice?.id !== id) return null;
  return (
    <p class="saved-confirmation" role="status" data-testid="saved-confirmation">
      <span aria-hidden="true">✓ </span>{t('form.savedAt', { time: formatInstant(notice.at, language.value, 'time') })}
    </p>
  );
}
