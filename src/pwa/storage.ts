// Persistent storage keeps the browser from evicting Spor's data when space runs low.
import { signal } from '@preact/signals';

export interface StorageStatus {
  /** undefined: the browser does not say. */
  persisted: boolean | undefined;
  usage: number | undefined;
  quota: number | undefined;
}

type StorageApi = Pick<StorageManager, 'persist' | 'persisted' | 'estimate'>;

function browserStorage(): Partial<StorageApi> | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.storage;
}

/** Asks once per start; browsers grant it silently (Chromium: engagement or installed) or ask the user (Firefox). */
export async function requestPersistentStorage(storage = browserStorage()): Promise<boolean | undefined> {
  if (!storage?.persist || !storage.persisted) return undefined;
  if (await storage.persisted()) return true;
  return storage.persist();
}

export async function readStorageStatus(storage = browserStorage()): Promise<StorageStatus> {
  const [persisted, estimate] = await Promise.all([
    storage?.persisted ? storage.persisted().catch(() => undefined) : undefined,
    storage?.estimate ? storage.estimate().catch(() => undefined) : undefined,
  ]);
  return { persisted, usage: estimate?.usage, quota: estimate?.quota };
}

/** Free space as the browser reports it: what is left of Spor's quota. */
export function freeSpace(status: StorageStatus): number | undefined {
  return status.usage === undefined || status.quota === undefined ? undefined : Math.max(0, status.quota - status.usage);
}

/** The last reading, taken at start so Settings opens with its figures in place (no jump as they arrive). */
export const storageStatus = signal<StorageStatus | undefined>(undefined);

export async function refreshStorageStatus(): Promise<void> {
  storageStatus.value = await readStorageStatus();
}
