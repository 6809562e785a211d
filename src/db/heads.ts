import type { HeadKind, IssuedHead } from '../domain/integrity/types';
import type { Instant } from '../domain/types';
import { db } from './database';
import { mapStorageErrors } from './errors';

/** Remembers a head handed out of the app (printed in a report or bundle, or shared as a seal). */
export async function recordIssuedHead(kind: HeadKind, head: { count: number; hash: string }, now: Instant = Date.now()): Promise<IssuedHead> {
  const issued: IssuedHead = { kind, count: head.count, hash: head.hash, issuedAt: now };
  const id = await mapStorageErrors(() => db.heads.add(issued));
  return { ...issued, id };
}

/** Oldest first. */
export async function listIssuedHeads(): Promise<IssuedHead[]> {
  return db.heads.orderBy('issuedAt').toArray();
}
