// Loaded by the shell right after the first paint; the notices, their messages, start-up work and workbox-window load
// only when needed.
import { useEffect, useRef } from 'preact/hooks';
import { lazyScreen } from '../app/lazyScreen';
import { databaseReplaced } from './databaseReplaced';
import { sessionWarning } from './sessionNotice';
import { backupNotice } from '../app/backupReminder';
import { currentRoute } from '../app/router';
import { updateState } from './updateState';
import { useContentKeptInPlace } from '../ui/useContentKeptInPlace';
import './Notices.css';

const UpdateToast = lazyScreen(() => import('./UpdateToast'), { quiet: true });
const DatabaseNotice = lazyScreen(() => import('./DatabaseNotice'), { quiet: true });

/** The shell's slot for update and database notices; the live region is always there so changes are announced. */
export default function PwaNotices() {
  useEffect(() => {
    void import('./start').then(({ startPwa }) => startPwa());
  }, []);
  const slot = useRef<HTMLDivElement>(null);
  useContentKeptInPlace(slot);
  const updateOffered = updateState.value === 'waiting' || updateState.value === 'applying';
  return (
    <div class="pwa-notices" aria-live="polite" ref={slot}>
      {databaseReplaced.value ? <DatabaseNotice /> : updateOffered && <UpdateToast />}
      {sessionWarning.value && <sessionWarning.value />}
      {backupNotice.value && currentRoute.value.screen !== 'backup' && <backupNotice.value />}
    </div>
  );
}
