import { lockIsOn, lockState, startLock, startProblem } from '../../src/app/lock';
import { unlockWithTypedPasscode } from '../../src/app/lockActions';
import { db, useDatabase } from '../../src/db/database';
import { forgetIncidentRows } from '../../src/db/incidentIndex';
import { SporDatabase } from '../../src/db/schema';
import { useStoreCipher } from '../../src/db/sealing';

// A phone for tests that start the app as main.tsx does (the lock check, the lock screen): the test file must stand
// in for the key derivation's worker, vi.mock('../../src/crypto/keyDerivation', () => import('../helpers/keyDerivationInThread')).

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** The app closed: no key in memory, no log held, the database closed (what is stored stays). */
export function closeTheApp(): void {
  db.close();
  forgetIncidentRows();
  useStoreCipher(undefined);
  lockState.value = 'checking';
  lockIsOn.value = false;
}

/** An empty phone: the app closed and every database deleted. */
export async function emptyPhone(): Promise<void> {
  closeTheApp();
  for (const { name } of await indexedDB.databases()) await request(indexedDB.deleteDatabase(name!));
}

/** Starts the app as main.tsx does (startLock); with `passcode`, types it on the lock screen. Throws unless the log opens. */
export async function startTheApp(passcode?: string): Promise<void> {
  useDatabase(new SporDatabase());
  await startLock();
  if (passcode !== undefined) {
    if (lockState.value !== 'locked') throw new Error(`Expected the lock screen, the app is ${lockState.value}`);
    const outcome = await unlockWithTypedPasscode(passcode);
    if (!outcome.ok) throw new Error(`The passcode did not open the log: ${outcome.problem}`);
  }
  if (lockState.value !== 'open') throw new Error(`The log did not open (${lockState.value}): ${String(startProblem.value)}`);
}

/** Every string stored in database `name`, and every stored byte read as UTF-8: what a reader of the disk could see. */
export async function storedText(name: string): Promise<string> {
  const database = await new Promise<IDBDatabase>((resolve, reject) => {
    const opening = indexedDB.open(name);
    opening.onsuccess = () => resolve(opening.result);
    opening.onerror = () => reject(opening.error);
  });
  const texts: string[] = [];
  const collect = (value: unknown): void => {
    if (typeof value === 'string') texts.push(value);
    else if (value instanceof ArrayBuffer) texts.push(new TextDecoder().decode(value));
    else if (ArrayBuffer.isView(value)) texts.push(new TextDecoder().decode(new Uint8Array(value.buffer, value.byteOffset, value.byteLength)));
    else if (value && typeof value === 'object') for (const [key, inner] of Object.entries(value)) texts.push(key), collect(inner);
  };
  try {
    const transaction = database.transaction([...database.objectStoreNames], 'readonly');
    for (const store of database.objectStoreNames) collect(await request(transaction.objectStore(store).getAll()));
  } finally {
    database.close();
  }
  return texts.join('\n');
}
