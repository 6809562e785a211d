// Part of the first-paint bundle (rendered by the shell): keep it tiny; start-up work and workbox-window load lazily.
import { useEffect } from 'preact/hooks';
import { databaseReplaced } from './databaseUpgrade';
import { captureInstallPrompt } from './install';
import { UpdateToast } from './UpdateToast';
import { DatabaseNotice } from './DatabaseNotice';
import './Notices.css';

/** The shell's slot for update and database notices; the live region is always there so changes are announced. */
export function PwaNotices() {
  useEffect(() => {
    captureInstallPrompt(); // before anything is awaited: Chromium offers installation once per page load
    void import('./start').then(({ startPwa }) => startPwa());
  }, []);
  return (
    <div class="pwa-notices" aria-live="polite">
      {databaseReplaced.value ? <DatabaseNotice /> : <UpdateToast />}
    </div>
  );
}
