// Writes to the log. Reads live in incidentQueries.ts, so the first screen can list without loading the writers.
import { withoutEmptyWitnesses } from '../domain/incident';
import type { Incident, IncidentInput, Instant } from '../domain/types';
import { validateIncident } from '../domain/validation';
import { linkAttachments, linkingTables, type PreparedAttachment } from './attachments';
import { db } from './database';
import { mapStorageErrors, NotFoundError } from './errors';
import { ConflictError, ValidationError } from './saveErrors';
import { appendRevision, diffFields } from './revisions';
import type { IncidentRow } from './schema';
import { toIncident } from './incidentQueries';

const bookkeeping = ['createdAt', 'updatedAt', 'trashed', 'deletedAt', 'attachmentIds', 'version'] as const;

function cleanInput(input: IncidentInput): IncidentInput {
  return { ...input, witnesses: withoutEmptyWitnesses(input.witnesses) };
}

function assertValid(input: IncidentInput, now: number): void {
  const problems = validateIncident(input, now);
  if (problems.length) throw new ValidationError(problems);
}

export interface IncidentSave {
  /** Chosen when the editor's draft started, so saving the same draft again never makes a second incident. */
  id: string;
  /** The version the editor started from; 0 for a new incident. */
  baseVersion: number;
  input: IncidentInput;
  /** Files whose bytes are stored (prepareAttachment), linked in the same transaction as the text. */
  attachments?: PreparedAttachment[];
}

/**
 * Creates or edits one incident and links its new files in one short transaction: all of it is stored, or none.
 * An edit based on an older version than the stored one is refused with ConflictError (nothing written). A new
 * incident whose id already exists (the same draft saved again after a crash) counts as based on version 1.
 */
export async function saveIncident(save: IncidentSave, now: Instant = Date.now()): Promise<Incident> {
  assertValid(save.input, now);
  return mapStorageErrors(() =>
    db.transaction('rw', linkingTables(), async () => {
      const row = await writeIncident(save, now);
      if (save.attachments?.length) row.attachmentIds = await linkAttachments(save.id, save.attachments, now);
      return toIncident(row);
    }),
  );
}

/** Inside saveIncident's transaction: the incident row and its revision, checked against the stored version. */
async function writeIncident({ id, baseVersion, input }: IncidentSave, now: Instant): Promise<IncidentRow> {
  const existing = await db.incidents.get(id);
  if (!existing) {
    if (baseVersion > 0) throw new NotFoundError(id);
    const created: IncidentRow = { ...cleanInput(input), id, attachmentIds: [], createdAt: now, updatedAt: now, version: 1, trashed: 0 };
    await db.incidents.add(created);
    await appendRevision({
      action: 'create', entity: 'incident', entityId: id, incidentId: id, at: now, changes: diffFields(undefined, created, bookkeeping),
    });
    return created;
  }
  if (existing.version !== Math.max(1, baseVersion)) throw new ConflictError(toIncident(existing));
  const next: IncidentRow = { ...existing, ...cleanInput(input), updatedAt: now, version: existing.version + 1 };
  const changes = diffFields(existing, next, bookkeeping);
  if (!changes.length) return existing;
  await db.incidents.put(next);
  await appendRevision({ action: 'edit', entity: 'incident', entityId: id, incidentId: id, at: now, changes });
  return next;
}

/** A new incident with no files (tests, benchmarks, imports): saveIncident with a fresh id. */
export function addIncident(input: IncidentInput, now: Instant = Date.now()): Promise<Incident> {
  return saveIncident({ id: crypto.randomUUID(), baseVersion: 0, input }, now);
}

/** An edit based on `baseVersion`, or on whatever is stored now when none is given (tests and scripts, not the editor). */
export async function updateIncident(id: string, input: IncidentInput, now: Instant = Date.now(), baseVersion?: number): Promise<Incident> {
  const stored = baseVersion ?? (await db.incidents.get(id))?.version;
  if (stored === undefined) throw new NotFoundError(id);
  return saveIncident({ id, baseVersion: stored, input }, now);
}

async function setTrashed(id: string, trashed: 0 | 1, now: Instant): Promise<void> {
  await mapStorageErrors(() =>
    db.transaction('rw', db.incidents, db.revisions, async () => {
      const existing = await db.incidents.get(id);
      if (!existing) throw new NotFoundError(id);
      if (existing.trashed === trashed) return;
      const next: IncidentRow = { ...existing, trashed, updatedAt: now, version: existing.version + 1 };
      if (trashed) next.deletedAt = now;
      else delete next.deletedAt;
      await db.incidents.put(next);
      await appendRevision({
        action: trashed ? 'delete' : 'restore', entity: 'incident', entityId: id, incidentId: id, at: now, changes: [],
      });
    }),
  );
}

/** Moves an incident to the trash; it keeps its attachments and can be restored. */
export function trashIncident(id: string, now: Instant = Date.now()): Promise<void> {
  return setTrashed(id, 1, now);
}

export function restoreIncident(id: string, now: Instant = Date.now()): Promise<void> {
  return setTrashed(id, 0, now);
}
