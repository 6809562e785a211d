import { t } from '../i18n';
import { KeepAsText } from './KeepAsText';
import { saveReason } from './saveReason';
import type { SaveState } from './useSaveState';
import type { DraftStatus } from './useDraftAutosave';

interface StorageTroubleProps {
  save: SaveState<unknown>;
  draft: DraftStatus;
  /** The typed text, to copy or share when nothing could be stored. */
  asText: () => string;
}

/** A failed save or draft, said as it is: what was not stored and why; the text stays on the screen and can be taken out. */
export function StorageTrouble({ save, draft, asText }: StorageTroubleProps) {
  if (save.name !== 'failed' && draft.name !== 'failed') return null;
  return (
    <div class="error-box stack" role="alert" data-testid="storage-trouble">
      {save.name === 'failed' && <p>{t('form.saveFailed', { reason: save.reason })}</p>}
      {draft.name === 'failed' && <p>{t('form.draftFailed', { reason: saveReason(draft.error) })}</p>}
      <KeepAsText text={asText} />
    </div>
  );
}
