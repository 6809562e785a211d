// Part of the first-paint bundle: every import here is paid for on every start. Keep heavy parts lazy.
import { render } from 'preact';
import { App, preloadFirstScreen } from './app/App';
import { fileAlarmsAtEachUnlock } from './app/alarmOnScreen';
import { watchPageVisibility } from './app/cover';
import { startLock, watchForAutoLock } from './app/lock';
import { language } from './i18n';
import { captureInstallPrompt } from './pwa/install';
import './app/global.css';

document.documentElement.lang = language.value;
// Before the shell renders anything (it waits for the lock check): Chromium offers installation once per page load.
captureInstallPrompt();
watchPageVisibility();
void startLock(preloadFirstScreen);
watchForAutoLock();
fileAlarmsAtEachUnlock();
render(<App />, document.getElementById('app')!);
