import { afterEach, describe, expect, it } from 'vitest';
import { freshDatabase } from '../helpers/db';
import { registerUnsavedWork } from '../../src/app/unsavedWork';
import { databaseReplaced, draftsKeptBeforeUpgrade } from '../../src/pwa/databaseReplaced';
import { watchDatabaseUpgrades } from '../../src/pwa/databaseUpgrade';
import { loadDraft, saveDraft, StorageFullError } from '../../src/db';
import { currentCipher } from '../../src/db/sealing';

/** A newer tab opening the same database at a higher version, with a store of its own. */
function openNewerVersion(name: string, version: number): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, version);
    request.onupgradeneeded = () => request.result.createObjectStore('addedLater');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

const address = { session: 'tab-1', subject: 'new-incident:a' };

describe('a newer tab upgrades the database', () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => {
    cleanups.splice(0).forEach((cleanup) => cleanup());
    databaseReplaced.value = false;
    draftsKeptBeforeUpgrade.value = true;
  });

  it('saves the open draft, lets the upgrade through and asks this tab to reload', async () => {
    const database = freshDatabase();
    await database.open();
    cleanups.push(watchDatabaseUpgrades());
    // An editor's flush that does some work before it writes (the case Dexie's default close would lose).
    cleanups.push(registerUnsavedWork(async () => {
      await new Promise((done) => setTimeout(done, 20));
      await saveDraft(address, 'form', { notes: 'typed just before the upgrade' });
    }));

    const newer = await openNewerVersion(database.name, database.verno * 10 + 10);
    expect(newer.objectStoreNames.contains('addedLater')).toBe(true);
    expect(databaseReplaced.value).toBe(true);
    expect(database.isOpen()).toBe(false);
    // The draft reached the disk before the upgrade (sealed, as every row): the newer version finds it.
    const stored = await new Promise<{ id: string; sealed: Uint8Array }>((resolve) => {
      const request = newer.transaction('drafts').objectStore('drafts').get('tab-1|new-incident:a|form');
      request.onsuccess = () => resolve(request.result);
    });
    expect(currentCipher().openRow('drafts', stored.id, stored.sealed)).toMatchObject({ value: { notes: 'typed just before the upgrade' } });
    expect(draftsKeptBeforeUpgrade.value).toBe(true);
    newer.close();
  });

  it('says so when an open draft could not be stored before the upgrade, instead of dropping it silently', async () => {
    const database = freshDatabase();
    await database.open();
    cleanups.push(watchDatabaseUpgrades());
    cleanups.push(registerUnsavedWork(async () => {
      throw new StorageFullError('Storage is full');
    }));
    const newer = await openNewerVersion(database.name, database.verno * 10 + 10);
    expect(databaseReplaced.value).toBe(true);
    expect(draftsKeptBeforeUpgrade.value).toBe(false);
    newer.close();
  });

  it('refuses later writes in the old tab with an error instead of writing to a replaced database', async () => {
    const database = freshDatabase();
    await database.open();
    cleanups.push(watchDatabaseUpgrades());
    const newer = await openNewerVersion(database.name, database.verno * 10 + 10);
    await expect(saveDraft(address, 'form', { notes: 'x' })).rejects.toThrow();
    await expect(loadDraft(address, 'form')).rejects.toThrow();
    newer.close();
  });
});
