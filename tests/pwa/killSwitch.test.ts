import { describe, expect, it, vi } from 'vitest';
import { resetServiceWorkerIfAsked, type ResetEnvironment } from '../../src/pwa/killSwitch';

function environment(href: string, online = true) {
  const unregister = vi.fn(async () => true);
  const caches = new Map([['workbox-precache-v2-x', 1], ['workbox-runtime', 1]]);
  const replace = vi.fn();
  const env: ResetEnvironment = {
    href,
    online,
    serviceWorker: { getRegistrations: async () => [{ unregister } as unknown as ServiceWorkerRegistration] },
    caches: { keys: async () => [...caches.keys()], delete: async (name: string) => caches.delete(name) },
    replace,
  };
  return { env, unregister, caches, replace };
}

describe('the ?reset-sw kill switch', () => {
  it('unregisters the worker, empties Cache Storage and reloads without the flag, keeping the route', async () => {
    const { env, unregister, caches, replace } = environment('https://spor.example/?reset-sw#/settings');
    expect(await resetServiceWorkerIfAsked(env)).toBe(true);
    expect(unregister).toHaveBeenCalledOnce();
    expect(caches.size).toBe(0);
    expect(replace).toHaveBeenCalledWith('https://spor.example/#/settings');
  });

  it('does nothing without the flag', async () => {
    const { env, unregister, caches, replace } = environment('https://spor.example/#/');
    expect(await resetServiceWorkerIfAsked(env)).toBe(false);
    expect(unregister).not.toHaveBeenCalled();
    expect(caches.size).toBe(2);
    expect(replace).not.toHaveBeenCalled();
  });

  it('waits while offline, so the app can still load from its cache', async () => {
    const { env, unregister, caches } = environment('https://spor.example/?reset-sw', false);
    expect(await resetServiceWorkerIfAsked(env)).toBe(false);
    expect(unregister).not.toHaveBeenCalled();
    expect(caches.size).toBe(2);
  });

  it('keeps other query parameters', async () => {
    const { env, replace } = environment('https://spor.example/app/?a=1&reset-sw=1');
    await resetServiceWorkerIfAsked(env);
    expect(replace).toHaveBeenCalledWith('https://spor.example/app/?a=1');
  });
});
