import { language, t } from '../../i18n';
import { formatInstant } from '../../i18n/dates';
import type { DraftStatus } from '../../ui/useDraftAutosave';

/** Says "kept on this phone" only after a draft write succeeded; a failed write is said plainly above, not here. */
export function DraftStatusLine({ status }: { status: DraftStatus }) {
  return (
    <p class="draft-status muted" role="status">
      {status.name === 'stored' && t('form.draftStored', { time: formatInstant(status.at, language.value, 'time') })}
    </p>
  );
}
