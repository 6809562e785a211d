import { db } from './database';

const saveTimeLimitMs = 3000;

/**
 * When a newer tab upgrades (or deletes) the database, open drafts are saved first, then this tab's connection
 * closes so the upgrade is not blocked, then `closed` tells the shell whether every draft was stored first. Returning false from the handler stops
 * Dexie's default, which closes at once (before the drafts) and silently reopens on the next write.
 */
export function onDatabaseReplaced(saveFirst: () => Promise<void>, closed: (draftsKept: boolean) => void): () => void {
  const database = db;
  const handler = () => {
    const timeLimit = new Promise<boolean>((done) => setTimeout(() => done(false), saveTimeLimitMs));
    const saved = saveFirst().then(() => true, () => false);
    void Promise.race([saved, timeLimit]).then((draftsKept) => {
      database.close();
      closed(draftsKept);
    });
    return false;
  };
  database.on('versionchange', handler);
  return () => database.on('versionchange').unsubscribe(handler);
}
