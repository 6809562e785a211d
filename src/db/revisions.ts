import { canonicalJson } from '../crypto/sha256';
import { walkChain } from '../domain/integrity/chain';
import { contentHashOf, genesisHash, newSalt, recordable, revisionHashV1, revisionHashV2, type RevisionBody } from '../domain/integrity/recipes';
import type { FieldChange, HistoryCheck, Revision, RevisionAction, RevisionEntity } from '../domain/types';
import { db } from './database';

export { genesisHash };
/** The first release's recipe, kept for revisions written with it (their heads may sit in reports people hold). */
export const revisionHash = revisionHashV1;

export interface RevisionEvent {
  action: RevisionAction;
  entity: RevisionEntity;
  entityId: string;
  incidentId?: string;
  changes: FieldChange[];
  at: number;
}

/**
 * Must run inside a read-write transaction that includes `revisions`, so the change and its record commit together.
 * Written with recipe 2: the hash covers the metadata and a salted hash of the changes (see src/db/README.md).
 */
export async function appendRevision(event: RevisionEvent): Promise<Revision> {
  const last = await db.revisions.orderBy('seq').last();
  const contentSalt = newSalt();
  const body: RevisionBody = {
    recipe: 2,
    seq: (last?.seq ?? 0) + 1,
    at: event.at,
    action: event.action,
    entity: event.entity,
    entityId: event.entityId,
    ...(event.incidentId ? { incidentId: event.incidentId } : {}),
    changes: event.changes,
    contentHash: contentHashOf(event.changes, contentSalt),
    contentSalt,
    prevHash: last?.hash ?? genesisHash,
  };
  const revision: Revision = { ...body, hash: revisionHashV2(body) };
  await db.revisions.add(revision);
  return revision;
}

/** Field-by-field difference of two records; Blobs are recorded by size, never copied into history. */
export function diffFields(before: object | undefined, after: object | undefined, ignore: readonly string[] = []): FieldChange[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const changes: FieldChange[] = [];
  for (const field of [...keys].sort()) {
    if (ignore.includes(field)) continue;
    const old = recordable((before as Record<string, unknown> | undefined)?.[field]);
    const next = recordable((after as Record<string, unknown> | undefined)?.[field]);
    if (canonicalJson(old) === canonicalJson(next)) continue;
    changes.push({ field, ...(old === undefined ? {} : { before: old }), ...(next === undefined ? {} : { after: next }) });
  }
  return changes;
}

export async function listRevisions(incidentId?: string): Promise<Revision[]> {
  return incidentId ? db.revisions.where('incidentId').equals(incidentId).sortBy('seq') : db.revisions.orderBy('seq').toArray();
}

/** Walks the chain only (each entry by its recipe); `verifyLog` in verify.ts checks the records, files and heads too. */
export async function verifyHistory(): Promise<HistoryCheck> {
  return verifyRevisions(await db.revisions.orderBy('seq').toArray());
}

export function verifyRevisions(revisions: Revision[]): HistoryCheck {
  const chain = walkChain(revisions);
  const first = chain.problems[0];
  return first ? { ok: false, count: chain.count, headHash: chain.headHash, brokenAt: first.seq } : { ok: true, count: chain.count, headHash: chain.headHash };
}
