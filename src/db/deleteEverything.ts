import { db } from './database';
import { deleteInbox } from '../capture/inboxDb';
import Dexie from 'dexie';
import { plainDatabaseName } from './schema';

/**
 * Deletes the whole database (the log, files, drafts, the case, the history, settings and the lock's keys), an older
 * version's plain one if still there, the share inbox (`spor-inbox`), every Cache Storage cache and Spor's keys in localStorage and sessionStorage. Other tabs are asked to close their
 * connection first (Dexie's versionchange), so the deletion is not left waiting on them.
 */
export async function deleteEverythingOnThisPhone(): Promise<void> {
  await db.delete();
  await deleteInbox();
  await Dexie.delete(plainDatabaseName); // an older version's log not yet moved, if any
  if ('caches' in globalThis) {
    await Promise.all((await caches.keys()).map((name) => caches.delete(name)));
  }
  for (const storage of [globalThis.localStorage, globalThis.sessionStorage]) {
    if (!storage) continue;
    for (const key of Object.keys(storage)) if (key.startsWith('spor.')) storage.removeItem(key);
  }
}
