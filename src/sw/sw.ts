/// <reference lib="webworker" />
// Spor's service worker (built by vite-plugin-pwa's injectManifest, which fills in self.__WB_MANIFEST): precaches
// every built file, answers every navigation with the cached index.html, deletes old caches, adds the security
// headers to each response it serves, and receives what other apps share into Spor (shareTarget.ts). It takes over only when the page asks (the user tapped Update).
import { clientsClaim } from 'workbox-core';
import { addPlugins, cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { withSecurityHeaders } from './securityHeaders';
import { receiveShare, shareTargetPath } from './shareTarget';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<string | { url: string; revision: string | null }> };

// Runs for every precached answer, the navigation fallback included (it is served through the same strategy).
addPlugins([{ handlerWillRespond: async ({ response }) => withSecurityHeaders(response) }]);
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html')));
// What another app shares into Spor: sealed into the inbox, then the app opens it as a new incident.
registerRoute(({ url }) => url.pathname.endsWith(shareTargetPath), ({ request }) => receiveShare(request, self.registration.scope), 'POST');

// A first visit is served offline from the cache at once; a waiting update still needs the user's yes.
clientsClaim();
self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});
