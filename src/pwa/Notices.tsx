// Part of the first-paint bundle (rendered by the shell): keep it tiny; workbox-window loads lazily in update.ts.
import { useEffect } from 'preact/hooks';
import { startPwa } from './start';
import { databaseReplaced } from './databaseUpgrade';
import { UpdateToast } from './UpdateToast';
import { DatabaseNotice } from './DatabaseNotice';
import './Notices.css';

/** The shell's slot for update and database notices; the live region is always there so changes are announced. */
export function PwaNotices() {
  useEffect(() => {
    void startPwa();
  }, []);
  return (
    <div class="pwa-notices" aria-live="polite">
      {databaseReplaced.value ? <DatabaseNotice /> : <UpdateToast />}
    </div>
  );
}
