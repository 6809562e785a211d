import { signal } from '@preact/signals';

// Hash routes: they work from the service worker's cached index.html with no server help, offline.
export type Route =
  | { screen: 'timeline' }
  /** `draft`: the id of an unsaved new incident to continue (from the log's list of drafts). */
  /** `record`: start recording at once; `shared`: the inbox entry another app shared (empty: none could be stored). */
  | { screen: 'newIncident'; draft?: string; record?: boolean; shared?: string }
  | { screen: 'incident'; id: string }
  | { screen: 'editIncident'; id: string }
  | { screen: 'trash' }
  | { screen: 'overview' }
  | { screen: 'export' }
  | { screen: 'case' }
  | { screen: 'help' }
  | { screen: 'settings' }
  | { screen: 'backup' };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '').replace(/\/+$/, '');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  const [first, id, action] = parts;
  // The log's record button and the home-screen shortcut: a new incident that starts recording at once.
  if (first === 'record') return { screen: 'newIncident', record: true };
  // What another app shared, sealed in the inbox by the service worker (src/sw/shareTarget.ts).
  if (first === 'shared') return { screen: 'newIncident', shared: id ?? '' };
  if (first === 'new') return id ? { screen: 'newIncident', draft: id } : { screen: 'newIncident' };
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
    case 'newIncident': return route.shared !== undefined ? `#/shared/${encodeURIComponent(route.shared)}` : route.record ? '#/record' : route.draft ? `#/new/${encodeURIComponent(route.draft)}` : '#/new';
    case 'incident': return `#/incident/${encodeURIComponent(route.id)}`;
    case 'editIncident': return `#/incident/${encodeURIComponent(route.id)}/edit`;
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
