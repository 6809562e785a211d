import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { registerUnsavedWork } from '../../src/app/unsavedWork';
import { applyUpdate, postponeUpdate, updateError, updateState, watchForUpdates } from '../../src/pwa/update';

/** Stands in for workbox-window: records listeners and the order of what happened. */
function fakeWorkbox(log: string[]) {
  const listeners = new Map<string, (() => void)[]>();
  return {
    addEventListener: (type: string, listener: () => void) => listeners.set(type, [...(listeners.get(type) ?? []), listener]),
    messageSkipWaiting: () => log.push('skipWaiting'),
    fire: (type: string) => listeners.get(type)?.forEach((listener) => listener()),
  };
}

describe('updates the user controls', () => {
  let log: string[];
  let workbox: ReturnType<typeof fakeWorkbox>;
  let stopDraft: (() => void) | undefined;
  beforeEach(() => {
    log = [];
    updateState.value = 'none';
    updateError.value = undefined;
    workbox = fakeWorkbox(log);
    watchForUpdates(workbox as never);
  });
  afterEach(() => stopDraft?.());

  it('offers the update when a new worker is waiting, and changes nothing by itself', () => {
    expect(updateState.value).toBe('none');
    workbox.fire('waiting');
    expect(updateState.value).toBe('waiting');
    expect(log).toEqual([]);
  });

  it('on Update saves open drafts first, then activates the new worker, and reloads only once it controls the page', async () => {
    stopDraft = registerUnsavedWork(async () => {
      await new Promise((done) => setTimeout(done, 10));
      log.push('draft saved');
    });
    const reload = vi.fn(() => log.push('reload'));
    workbox.fire('waiting');
    await applyUpdate(reload);
    expect(log).toEqual(['draft saved', 'skipWaiting']);
    expect(reload).not.toHaveBeenCalled();
    workbox.fire('controlling');
    expect(log).toEqual(['draft saved', 'skipWaiting', 'reload']);
  });

  it('does not update when a draft cannot be saved, and says why', async () => {
    stopDraft = registerUnsavedWork(async () => {
      throw new Error('disk full');
    });
    workbox.fire('waiting');
    await applyUpdate(vi.fn());
    expect(log).toEqual([]);
    expect(updateState.value).toBe('waiting');
    expect(updateError.value).toBe('disk full');

    // The user may still choose to update, knowing what is not stored is lost.
    const reload = vi.fn(() => log.push('reload'));
    await applyUpdate(reload, { force: true });
    expect(log).toEqual(['skipWaiting']);
    workbox.fire('controlling');
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('Later hides the offer and keeps this version running', () => {
    workbox.fire('waiting');
    postponeUpdate();
    expect(updateState.value).toBe('postponed');
    expect(log).toEqual([]);
  });
});
