import { canonicalJson, sha256Hex } from '../crypto/sha256';
import type { FieldChange, HistoryCheck, Revision, RevisionAction, RevisionEntity } from '../domain/types';
import { db } from './database';

export const genesisHash = '0'.repeat(64);

type RevisionBody = Omit<Revision, 'hash'>;

/** The hash covers every field and the previous hash, so changing or removing any past entry breaks the chain. */
export function revisionHash(body: RevisionBody): string {
  const { seq, at, action, entity, entityId, incidentId, changes, prevHash } = body;
  return sha256Hex(canonicalJson({ seq, at, action, entity, entityId, incidentId: incidentId ?? null, changes, prevHash }));
}

export interface RevisionEvent {
  action: RevisionAction;
  entity: RevisionEntity;
  entityId: string;
  incidentId?: string;
  changes: FieldChange[];
  at: number;
}

/** Must run inside a read-write transaction that includes `revisions`, so the change and its record commit together. */
export async function appendRevision(event: RevisionEvent): Promise<Revision> {
  const last = await db.revisions.orderBy('seq').last();
  const body: RevisionBody = {
    seq: (last?.seq ?? 0) + 1,
    at: event.at,
    action: event.action,
    entity: event.entity,
    entityId: event.entityId,
    ...(event.incidentId ? { incidentId: event.incidentId } : {}),
    changes: event.changes,
    prevHash: last?.hash ?? genesisHash,
  };
  const revision: Revision = { ...body, hash: revisionHash(body) };
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

function recordable(value: unknown): unknown {
  if (typeof Blob !== 'undefined' && value instanceof Blob) return { blobSize: value.size };
  return value;
}

export async function listRevisions(incidentId?: string): Promise<Revision[]> {
  return incidentId ? db.revisions.where('incidentId').equals(incidentId).sortBy('seq') : db.revisions.orderBy('seq').toArray();
}

/** Walks the chain from the first revision; any edited, removed or reordered entry is reported. */
export async function verifyHistory(): Promise<HistoryCheck> {
  const revisions = await db.revisions.orderBy('seq').toArray();
  return verifyRevisions(revisions);
}

export function verifyRevisions(revisions: Revision[]): HistoryCheck {
  let prevHash = genesisHash;
  for (const [index, revision] of revisions.entries()) {
    const { hash, ...body } = revision;
    const chained = revision.seq === index + 1 && revision.prevHash === prevHash;
    if (!chained || revisionHash(body) !== hash) {
      return { ok: false, count: revisions.length, headHash: revisions.at(-1)?.hash ?? genesisHash, brokenAt: revision.seq };
    }
    prevHash = hash;
  }
  return { ok: true, count: revisions.length, headHash: prevHash };
}
