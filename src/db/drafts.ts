import { db } from './database';
import { mapStorageErrors } from './errors';

/** Editor drafts survive closing the app mid-entry. Keys name the editor, e.g. `incident:new`. */
export async function saveDraft<T>(key: string, value: T, now = Date.now()): Promise<void> {
  await mapStorageErrors(() => db.drafts.put({ id: key, value, savedAt: now }));
}

export async function loadDraft<T>(key: string): Promise<{ value: T; savedAt: number } | undefined> {
  const row = await db.drafts.get(key);
  return row && { value: row.value as T, savedAt: row.savedAt };
}

export async function discardDraft(key: string): Promise<void> {
  await db.drafts.delete(key);
}
