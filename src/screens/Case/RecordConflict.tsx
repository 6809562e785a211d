import { t } from '../../i18n';

/** Saved in another tab meanwhile: nothing was written; saving again keeps this screen's version (the other stays in the history). */
export function RecordConflict({ onKeepMine }: { onKeepMine: () => void }) {
  return (
    <div class="notice stack" role="alert" data-testid="conflict">
      <p>{t('form.recordConflict')}</p>
      <button type="button" class="primary" onClick={onKeepMine}>{t('form.keepMine')}</button>
    </div>
  );
}
