import { language, t } from '../../i18n';
import { formatInstant } from '../../i18n/dates';
import { Icon } from '../../ui/Icon';
import type { DraftStatus } from '../../ui/useDraftAutosave';
import type { SaveState } from '../../ui/useSaveState';

interface RecordSaveBarProps {
  label: string;
  state: SaveState<unknown>;
  draft: DraftStatus;
  unsaved: boolean;
}

/** The form's Save button and, in words, where what was typed is: saved (with the time), or kept as a draft only. */
export function RecordSaveBar({ label, state, draft, unsaved }: RecordSaveBarProps) {
  const time = (at: number) => formatInstant(at, language.value, 'time');
  return (
    <div class="case-save-bar row">
      <button type="submit" class="primary" disabled={state.name === 'saving'}>{label}</button>
      <span role="status" class={state.name === 'saved' ? 'save-status saved' : 'save-status muted'}>
        {state.name === 'saving' && t('status.saving')}
        {state.name === 'saved' && <><Icon name="check" /> {t('form.savedAt', { time: time(state.at) })}</>}
        {state.name !== 'saving' && state.name !== 'saved' && unsaved && (
          <>
            {t('case.status.unsaved')}
            {draft.name === 'stored' && <> {t('form.draftStored', { time: time(draft.at) })}</>}
          </>
        )}
      </span>
    </div>
  );
}
