import type { HeadKind, IssuedHead } from '../domain/integrity/types';
import type { Instant } from '../domain/types';
import { db } from './database';
import { mapStorageErrors } from './errors';

/** Remembers a head handed out of the app (printed in a report or bundle, or shared as a seal). */
export async function recordIssuedHead(kind: HeadKind, head: { count: number; hash: string }, now: Instant = Date.now()): Promise<IssuedHead> {
  // The id is chosen here, not by auto-increment: a sealed row is bound to its id, so the id must exist before it is written.
  return mapStorageErrors(() =>
    db.transaction('rw', db.heads, async () => {
      const last = (await db.heads.toCollection().lastKey()) as number | undefined;
      const issued: IssuedHead = { id: (last ?? 0) + 1, kind, count: head.count, hash: head.hash, issuedAt: now };
      await db.heads.add(issued);
      return issued;
    }),
  );
}

/** Oldest first. */
export async function listIssuedHeads(): Promise<IssuedHead[]> {
  return (await db.heads.toArray()).sort((a, b) => a.issuedAt - b.issuedAt);
}
