import { t } from '../i18n';
import { quickExit } from './quickExit';

/** In the header on every screen: one tap hides everything (Shift three times does the same). */
export function QuickExitButton() {
  return (
    <button type="button" class="button quick-exit" onClick={() => void quickExit()} data-testid="quick-exit">
      {t('quickExit.button')}
    </button>
  );
}
