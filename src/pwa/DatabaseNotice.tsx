import { t } from '../i18n';
import '../i18n/laterMessages';
import { draftsKeptBeforeUpgrade } from './databaseReplaced';

/** Shown when a newer Spor in another tab upgraded the database: this tab's drafts are saved and it must reload. */
export default function DatabaseNotice() {
  return (
    <section class="pwa-banner pwa-banner-important" role="alert" data-testid="database-replaced">
      <p class="pwa-banner-message">{t('pwa.database.replaced')}</p>
      {!draftsKeptBeforeUpgrade.value && <p class="error-box" data-testid="draft-not-kept">{t('pwa.database.draftNotKept')}</p>}
      <div class="pwa-banner-actions">
        <button type="button" class="primary" onClick={() => location.reload()}>{t('pwa.database.reload')}</button>
      </div>
    </section>
  );
}
