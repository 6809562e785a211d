import { describe, expect, it, vi } from 'vitest';
import { freeSpace, readStorageStatus, requestPersistentStorage } from '../../src/pwa/storage';

function storage(persisted: boolean, grant: boolean) {
  return {
    persisted: vi.fn(async () => persisted),
    persist: vi.fn(async () => grant),
    estimate: vi.fn(async () => ({ usage: 2_500_000, quota: 1_000_000_000 })),
  };
}

describe('storage that is not evicted', () => {
  it('asks for persistence when not yet granted and reports the answer', async () => {
    const api = storage(false, true);
    expect(await requestPersistentStorage(api)).toBe(true);
    expect(api.persist).toHaveBeenCalledOnce();
  });

  it('does not ask again once granted', async () => {
    const api = storage(true, false);
    expect(await requestPersistentStorage(api)).toBe(true);
    expect(api.persist).not.toHaveBeenCalled();
  });

  it('says "unknown" where the browser has no storage API', async () => {
    expect(await requestPersistentStorage(undefined)).toBeUndefined();
    expect(await readStorageStatus({})).toEqual({ persisted: undefined, usage: undefined, quota: undefined });
  });

  it('reports used and free space from the estimate', async () => {
    const status = await readStorageStatus(storage(false, false));
    expect(status).toEqual({ persisted: false, usage: 2_500_000, quota: 1_000_000_000 });
    expect(freeSpace(status)).toBe(997_500_000);
    expect(freeSpace({ ...status, quota: undefined })).toBeUndefined();
  });
});
