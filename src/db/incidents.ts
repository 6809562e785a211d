// Writes to the log. Reads live in incidentQueries.ts, so the first screen can list without loading the writers.
import { withoutEmptyWitnesses } from '../domain/incident';
import type { Incident, IncidentInput, Instant } from '../domain/types';
import { validateIncident } from '../domain/validation';
import { db } from './database';
import { mapStorageErrors, NotFoundError, ValidationError } from './errors';
import { appendRevision, diffFields } from './revisions';
import type { IncidentRow } from './schema';
import { toIncident } from './incidentQueries';

const bookkeeping = ['createdAt', 'updatedAt', 'trashed', 'deletedAt', 'attachmentIds'] as const;

function cleanInput(input: IncidentInput): IncidentInput {
  return { ...input, witnesses: withoutEmptyWitnesses(input.witnesses) };
}

function assertValid(input: IncidentInput, now: number): void {
  const problems = validateIncident(input, now);
  if (problems.length) throw new ValidationError(problems);
}

export async function addIncident(input: IncidentInput, now: Instant = Date.now()): Promise<Incident> {
  assertValid(input, now);
  const incident: Incident = { ...cleanInput(input), id: crypto.randomUUID(), attachmentIds: [], createdAt: now, updatedAt: now };
  await mapStorageErrors(() =>
    db.transaction('rw', db.incidents, db.revisions, async () => {
      await db.incidents.add({ ...incident, trashed: 0 });
      await appendRevision({
        action: 'create', entity: 'incident', entityId: incident.id, incidentId: incident.id, at: now,
        changes: diffFields(undefined, incident, bookkeeping),
      });
    }),
  );
  return incident;
}

export async function updateIncident(id: string, input: IncidentInput, now: Instant = Date.now()): Promise<Incident> {
  assertValid(input, now);
  return mapStorageErrors(() =>
    db.transaction('rw', db.incidents, db.revisions, async () => {
      const existing = await db.incidents.get(id);
      if (!existing) throw new NotFoundError(id);
      const next: IncidentRow = { ...existing, ...cleanInput(input), updatedAt: now };
      const changes = diffFields(existing, next, bookkeeping);
      if (!changes.length) return toIncident(existing);
      await db.incidents.put(next);
      await appendRevision({ action: 'edit', entity: 'incident', entityId: id, incidentId: id, at: now, changes });
      return toIncident(next);
    }),
  );
}

async function setTrashed(id: string, trashed: 0 | 1, now: Instant): Promise<void> {
  await mapStorageErrors(() =>
    db.transaction('rw', db.incidents, db.revisions, async () => {
      const existing = await db.incidents.get(id);
      if (!existing) throw new NotFoundError(id);
      if (existing.trashed === trashed) return;
      const next: IncidentRow = { ...existing, trashed, updatedAt: now };
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
