import { signal } from '@preact/signals';

// Hash routes: they work from the service worker's cached index.html with no server help, offline.
export type Route =
  | { screen: 'timeline' }
  /** `draft`: the id of an unsaved new incident to continue (from the log's list of drafts). */
  /**
   * `from: 'record'`: start recording at once (the log's button, the home-screen shortcut); `from: 'shared'`: what another
   * app shared, `draft` naming its inbox entry (none: nothing could be stored).
   */
  | { screen: 'newIncident'; draft?: string; from?: 'record' | 'shared' }
  | { screen: 'incident'; id: string }
  | { screen: 'editIncident'; id: string }
  | { screen: 'trash' }
  | { screen: 'overview' }
  | { screen: 'export' }
  | { screen: 'case' }
  | { screen: 'help' }
  | { screen: 'settings' }
  | { screen: 'backup' }
  /** `practice`: the alarm's practice mode (nothing logged, the text marked as a test). */
  | { screen: 'alarm'; practice?: boolean };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '').replace(/\/+$/, '');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  const [first, id, action] = parts;
  if (first === 'new' || first === 'record' || first === 'shared') return { screen: 'newIncident', draft: id, from: first === 'new' ? undefined : first };
  if (first === 'alarm') return id === 'practice' ? { screen: 'alarm', practice: true } : { screen: 'alarm' };
  if (first === 'incident' && id) return action === 'edit' ? { screen: 'editIncident', id } : { screen: 'incident', id };
  if (first === 'trash' || first === 'overview' || first === 'export' || first === 'case' || first === 'help' || first === 'settings'
    || first === 'backup') {
    return { screen: first };
  }
  return { screen: 'timeline' };
}

export function routeHref(route: Route): string {
  switch (route.screen) {
    case 'timeline': return '#/';
    case 'newIncident': return `#/${route.from ?? 'new'}${route.draft ? `/${encodeURIComponent(route.draft)}` : ''}`;
    case 'incident': return `#/incident/${encodeURIComponent(route.id)}`;
    case 'editIncident': return `#/incident/${encodeURIComponent(route.id)}/edit`;
    case 'alarm': return route.practice ? '#/alarm/practice' : '#/alarm';
    default: return `#/${route.screen}`;
  }
}

export const currentRoute = signal<Route>(parseRoute(typeof location === 'undefined' ? '' : location.hash));

if (typeof window !== 'undefined') {
  window.addEventListener('hashchange', () => {
    currentRoute.value = parseRoute(location.hash);
  });
}

/** Go to a route; `replace` keeps a finished editor out of the back history. */
export function navigate(route: Route, { replace = false } = {}): void {
  const href = routeHref(route);
  if (replace) history.replaceState(null, '', href);
  else history.pushState(null, '', href);
  currentRoute.value = route;
}
