import { storedFileIdsIn } from '../domain/storedBytes';
import { db } from './database';
import { deleteFileBytes, listFileIds } from './fileBytes';
import { recordingIds } from './recordings';

// File bytes are stored before the short transaction that links them; a crash in between leaves bytes no attachment
// (nor recording, nor draft) points to. Savers hold a shared Web Lock from storing to linking; the clean-up at start takes it exclusively, so it
// never removes bytes another tab is about to link. Without Web Locks it skips only this tab's files in flight: another
// tab's save may then fail to link and says so, keeping its draft (no data is lost, the user saves again).

const lockName = 'spor-file-linking';
let inFlight = 0;

function locks(): LockManager | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.locks;
}

/** Runs `store` (bytes first, then linking) so that no clean-up removes its bytes before they are linked. */
export async function fileLinking<T>(store: () => Promise<T>): Promise<T> {
  const manager = locks();
  if (manager) return manager.request(lockName, { mode: 'shared' }, store);
  inFlight += 1;
  try {
    return await store();
  } finally {
    inFlight -= 1;
  }
}

/** Files that unsaved drafts hold (drafts.ts): not attachments yet, not left over. */
async function draftFileIds(): Promise<string[]> {
  return (await db.drafts.toArray()).flatMap((row) => storedFileIdsIn(row.value));
}

async function sweep(): Promise<number> {
  const [stored, linked, recording, drafted] = await Promise.all([
    listFileIds(), db.attachments.toCollection().primaryKeys(), recordingIds(), draftFileIds(),
  ]);
  // A recording's pieces have no attachment until it ends (or is recovered): they are not left over.
  const known = new Set([...(linked as string[]), ...recording, ...drafted]);
  const unlinked = stored.filter((id) => !known.has(id));
  await deleteFileBytes(unlinked);
  return unlinked.length;
}

/** Removes stored bytes that no attachment, recording or draft links (left by a crash between storing and linking); returns how many. */
export async function removeUnlinkedFiles(): Promise<number> {
  const manager = locks();
  if (manager) return manager.request(lockName, { mode: 'exclusive', ifAvailable: true }, (lock) => (lock ? sweep() : 0));
  return inFlight ? 0 : sweep();
}
