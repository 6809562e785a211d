// The kill switch: open Spor with `?reset-sw` to remove a broken service worker and its caches.
// It never touches IndexedDB, so the log, attachments and drafts stay.

export const resetFlag = 'reset-sw';

export interface ResetEnvironment {
  href: string;
  online: boolean;
  serviceWorker?: Pick<ServiceWorkerContainer, 'getRegistrations'>;
  caches?: Pick<CacheStorage, 'keys' | 'delete'>;
  replace(url: string): void;
}

function browserEnvironment(): ResetEnvironment {
  return {
    href: location.href,
    online: navigator.onLine,
    serviceWorker: 'serviceWorker' in navigator ? navigator.serviceWorker : undefined,
    caches: 'caches' in globalThis ? caches : undefined,
    replace: (url) => location.replace(url),
  };
}

/**
 * True when the flag was acted on and the page is reloading without it (do not register a worker then).
 * Offline the flag waits: without a worker and caches the app could not load again until the network is back.
 */
export async function resetServiceWorkerIfAsked(environment: ResetEnvironment = browserEnvironment()): Promise<boolean> {
  const url = new URL(environment.href);
  if (!url.searchParams.has(resetFlag) || !environment.online) return false;
  const registrations = (await environment.serviceWorker?.getRegistrations()) ?? [];
  await Promise.all(registrations.map((registration) => registration.unregister()));
  const cacheNames = (await environment.caches?.keys()) ?? [];
  await Promise.all(cacheNames.map((name) => environment.caches!.delete(name)));
  url.searchParams.delete(resetFlag);
  environment.replace(url.href);
  return true;
}
