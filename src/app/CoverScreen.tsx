import { useEffect } from 'preact/hooks';
import { t } from '../i18n';
import { unblank, uncover } from './cover';

/** The neutral screen: the app's name and nothing else. A tap opens Spor again at the log. */
export function CoverScreen() {
  useEffect(unblank, []);
  return (
    <main class="cover-screen">
      <h1>
        <button type="button" onClick={uncover} data-testid="cover">
          {t('app.name')}
        </button>
      </h1>
    </main>
  );
}
