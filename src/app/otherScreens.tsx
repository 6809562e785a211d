import { lazyScreen } from './lazyScreen';
import type { Route } from './router';

// Every screen but the log, each loaded on first use (and two parts of the shell that show late). Apart from App.tsx so that their imports, and the list of files
// each one preloads, are not part of the first screen's code (about 1 KB gzip); App.tsx fetches this module right
// after the first paint, with the editor and the alarm.
const loadEditor = () => import('../screens/IncidentEditor');
const IncidentEditor = lazyScreen<{ id?: string; draft?: string; from?: 'record' | 'shared' }>(loadEditor);
const IncidentDetail = lazyScreen<{ id: string }>(() => import('../screens/IncidentDetail'));
const Trash = lazyScreen(() => import('../screens/Trash'));
const Overview = lazyScreen(() => import('../screens/Overview'));
const Export = lazyScreen(() => import('../screens/Export'));
const Case = lazyScreen(() => import('../screens/Case'));
const Help = lazyScreen(() => import('../screens/Help'));
const Settings = lazyScreen(() => import('../screens/Settings'));
const Backup = lazyScreen(() => import('../screens/Backup'));
const loadAlarm = () => import('../screens/Alarm');
const Alarm = lazyScreen<{ practice?: boolean }>(loadAlarm);

// Not screens, but shown by the shell only after another screen ran (a recording) or after an unlock.
export const loadRecordingBar = () => import('./RecordingBar');
export const loadFailedAttemptsNotice = () => import('../screens/Lock/FailedAttemptsNotice');

export type OtherRoute = Exclude<Route, { screen: 'timeline' }>;

export default function OtherScreen({ route }: { route: OtherRoute }) {
  switch (route.screen) {
    case 'newIncident': return <IncidentEditor draft={route.draft} from={route.from} />;
    case 'editIncident': return <IncidentEditor id={route.id} />;
    case 'incident': return <IncidentDetail id={route.id} />;
    case 'trash': return <Trash />;
    case 'overview': return <Overview />;
    case 'export': return <Export />;
    case 'case': return <Case />;
    case 'help': return <Help />;
    case 'settings': return <Settings />;
    case 'backup': return <Backup />;
    case 'alarm': return <Alarm practice={route.practice} />;
  }
}

/** The editor and the alarm screen, fetched ahead: a quick log or an alarm must open at once, also with no network. */
export function prefetchQuickScreens(): Promise<unknown> {
  return Promise.all([loadEditor(), loadAlarm()]);
}
