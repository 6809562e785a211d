import Dexie from 'dexie';
import { plainDatabaseName } from './schema';

/** Whether an older version's plain database is still on this phone, waiting to be moved (moveToSealed.ts). */
export function plainDatabaseExists(): Promise<boolean> {
  return Dexie.exists(plainDatabaseName);
}
