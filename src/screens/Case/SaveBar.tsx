import { t } from '../../i18n';
import type { SaveState } from './useSave';
import { Icon } from '../../ui/Icon';

const statusKey = { clean: undefined, dirty: 'case.status.unsaved', saving: 'status.saving', saved: 'status.saved' } as const;

/** The form's Save button with its state in words, announced politely, and any error announced at once. */
export function SaveBar({ label, state, error }: { label: string; state: SaveState; error?: string }) {
  const key = statusKey[state];
  return (
    <div class="case-save-bar">
      {error && <p class="error-box" role="alert">{error}</p>}
      <div class="row">
        <button type="submit" class="primary" disabled={state === 'saving'}>{label}</button>
        <span role="status" class={state === 'saved' ? 'save-status saved' : 'save-status muted'}>
          {state === 'saved' && <><Icon name="check" /> </>}
          {key && t(key)}
        </span>
      </div>
    </div>
  );
}
