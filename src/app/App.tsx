import { useEffect, useRef } from 'preact/hooks';
import { currentRoute, routeHref, type Route } from './router';
import { languageReady, t, type MessageKey } from '../i18n';
import { lazyScreen } from './lazyScreen';
import type { OtherRoute } from './otherScreens';
import { alarmOnScreen, unlockDuringAlarm } from './alarmOnScreen';
import { covered } from './cover';
import { failedAttemptsSeen, lockState, whenFirstOpen } from './lock';
import { CoverScreen } from './CoverScreen';
import { listenForShiftExit, loadQuickExitSite } from './quickExit';
import { QuickExitButton } from './QuickExitButton';
import { integrityNotice, scheduleStartCheck } from './integrityFindings';
import './App.css';
import { Icon } from '../ui/Icon';
import { focusHeadingWhenShown } from './focusHeading';
import { currentRecording, recordingControlsShown } from '../capture/currentRecording';

// Shown once the log is open; without a passcode its code loads while the key opens the log (preloadFirstScreen).
const Timeline = lazyScreen(() => import('../screens/Timeline/load'));
// Every other screen sits behind one more lazy module, fetched right after the first paint (below).
const loadOtherScreens = () => import('./otherScreens');
const OtherScreen = lazyScreen<{ route: OtherRoute }>(loadOtherScreens);
const LockScreen = lazyScreen(() => import('../screens/Lock'));
// Once per phone (an older log being encrypted), or when the stored keys cannot be read.
const StoreStatus = lazyScreen(() => import('../screens/StoreStatus'));
// Loaded when a recording starts (on another screen, so otherScreens.tsx is there); shown on every screen while it runs.
const RecordingBar = lazyScreen(async () => (await loadOtherScreens()).loadRecordingBar(), { quiet: true });
// Shown only after an unlock that followed wrong attempts, so it loads only then.
const FailedAttemptsNotice = lazyScreen(async () => (await loadOtherScreens()).loadFailedAttemptsNotice());
// The update, database and reminder notices and the start-up work behind them: right after the first paint.
const PwaNotices = lazyScreen(() => import('../pwa/Notices'), { quiet: true });

const navigation: { screen: Route['screen']; label: MessageKey }[] = [
  { screen: 'timeline', label: 'nav.log' },
  { screen: 'overview', label: 'nav.overview' },
  { screen: 'case', label: 'nav.case' },
  { screen: 'help', label: 'nav.help' },
];

/** Without a passcode, the log (where most starts open) loads while the key opens it, so it shows once the key is there. */
export function preloadFirstScreen(): void {
  if (currentRoute.value.screen === 'timeline') Timeline.preload();
}

/** Which bottom-nav tab a screen belongs to. */
function sectionOf(route: Route): Route['screen'] {
  if (route.screen === 'incident' || route.screen === 'editIncident' || route.screen === 'newIncident' || route.screen === 'trash') return 'timeline';
  if (route.screen === 'export') return 'overview';
  if (route.screen === 'settings' || route.screen === 'backup') return 'help';
  return route.screen;
}

export function App() {
  const route = currentRoute.value;
  const section = sectionOf(route);
  // While editing, and during an alarm, the menu steps aside.
  const editing = route.screen === 'newIncident' || route.screen === 'editIncident' || route.screen === 'alarm';
  // The editor stays out of the first paint but is fetched right after it, so a quick log never waits on the network.
  useEffect(() => {
    // The alarm screen too: it must open at once, also with no network.
    const prefetch = () => void loadOtherScreens().then(({ prefetchQuickScreens }) => prefetchQuickScreens()).catch(() => undefined);
    if ('requestIdleCallback' in window) requestIdleCallback(prefetch, { timeout: 2000 });
    else setTimeout(prefetch, 500);
    // Both read sealed rows: they wait for the key.
    whenFirstOpen(() => {
      scheduleStartCheck();
      loadQuickExitSite();
    });
  }, []);
  useEffect(() => listenForShiftExit(), []);
  const Notice = integrityNotice.value;
  // Once a recording has run in this tab the bar stays mounted (empty, or saying where a stopped recording went).
  const recordingSeen = useRef(false);
  if (currentRecording.value) recordingSeen.current = true;
  // The alarm screen and the recording's own panel in the editor show its clock and Stop themselves.
  const recordingBarShown = recordingSeen.current && route.screen !== 'alarm'
    && !(currentRecording.value && recordingControlsShown.value === currentRecording.value.id);
  const firstScreen = useRef(true);
  const screenKey = routeHref(route);
  useEffect(() => {
    // The first screen keeps the browser's own start; every later one hands focus to its heading.
    // The main element is new for every screen (keyed), so it is looked up rather than held in a ref.
    const main = document.getElementById('main');
    if (firstScreen.current || !main) {
      firstScreen.current = false;
      return;
    }
    return focusHeadingWhenShown(main);
  }, [screenKey]);
  // Nothing before the language's messages are in (they load beside the lock check).
  if (!languageReady.value) return null;
  if (covered.value) return <CoverScreen />;
  // Nothing at all until it is known whether a passcode is set.
  if (lockState.value === 'checking') return null;
  if (lockState.value === 'locked') {
    // A running alarm stays on screen when the log locks (leaving for the messaging app locks it): the alarm, never the log.
    const showAlarm = alarmOnScreen.value && !unlockDuringAlarm.value;
    return showAlarm ? <main id="main" class="app-main" tabIndex={-1}><OtherScreen route={{ screen: 'alarm' }} /></main> : <LockScreen />;
  }
  if (lockState.value === 'moving' || lockState.value === 'failed') return <StoreStatus />;
  return (
    <div class={editing ? 'app editing' : 'app'}>
      <a class="skip-link" href="#main">{t('app.skipToContent')}</a>
      <header class="app-header">
        <span class="app-title">{t('app.name')}</span>
        <a class="header-link" href={routeHref({ screen: 'settings' })} aria-current={route.screen === 'settings' ? 'page' : undefined}>
          {t('nav.settings')}
        </a>
        <a class="button alarm-open" href={routeHref({ screen: 'alarm' })} aria-current={route.screen === 'alarm' ? 'page' : undefined}
          data-testid="alarm-open">
          {t('alarm.open')}
        </a>
        <QuickExitButton />
      </header>
      {recordingBarShown && <RecordingBar key={screenKey} />}
      <PwaNotices />
      {Notice && <Notice />}
      {failedAttemptsSeen.value && <FailedAttemptsNotice />}
      {/* key: a new screen starts fresh, with focus and scroll at the top. */}
      <main id="main" class="app-main" key={screenKey} tabIndex={-1}>
        {route.screen === 'timeline' ? <Timeline /> : <OtherScreen route={route} />}
      </main>
      {/* While editing, the menu steps aside so the form and its save bar have the screen. */}
      <nav class="bottom-nav" aria-label={t('nav.main')} hidden={editing}>
        {/* The main action sits at the bottom, in reach of the thumb that holds the phone. */}
        <a class="button primary new-incident" href={routeHref({ screen: 'newIncident' })} data-testid="new-incident">
          <Icon name="plus" /> {t('action.newIncident')}
        </a>
        {/* A new incident that records sound from the first second. */}
        <a class="button record-sound" href={routeHref({ screen: 'newIncident', from: 'record' })}>
          {t('action.recordSound')}
        </a>
        <ul>
          {navigation.map((item) => (
            <li key={item.screen}>
              <a href={routeHref({ screen: item.screen } as Route)} aria-current={section === item.screen ? 'page' : undefined}>
                {t(item.label)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
