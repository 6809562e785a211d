import { compareNewestFirst, searchableText, withoutEmptyWitnesses } from '../domain/incident';
import type { IncidentKind } from '../domain/kinds';
import type { Incident, IncidentInput, Instant } from '../domain/types';
import { validateIncident } from '../domain/validation';
import { db } from './database';
import { mapStorageErrors, NotFoundError, ValidationError } from './errors';
import { appendRevision, diffFields } from './revisions';
import type { IncidentRow } from './schema';
import Dexie from 'dexie';

export interface IncidentFilter {
  kinds?: IncidentKind[];
  /** Inclusive bounds on when the incident happened. */
  from?: Instant;
  to?: Instant;
  /** Case-insensitive search in all free text. */
  text?: string;
  /** At most this many, newest first: the timeline's first screen reads only what it shows. */
  limit?: number;
}

const bookkeeping = ['createdAt', 'updatedAt', 'trashed', 'deletedAt', 'attachmentIds'] as const;

function toIncident({ trashed: _trashed, ...incident }: IncidentRow): Incident {
  return incident;
}

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

export async function getIncident(id: string): Promise<Incident | undefined> {
  const row = await db.incidents.get(id);
  return row && toIncident(row);
}

function matches(incident: Incident, filter: IncidentFilter, needle: string): boolean {
  if (filter.kinds?.length && !filter.kinds.includes(incident.kind)) return false;
  return !needle || searchableText(incident).toLocaleLowerCase().includes(needle);
}

/** The live log, newest first by when each incident happened (a backdated entry lands at its true place). */
export async function listIncidents(filter: IncidentFilter = {}): Promise<Incident[]> {
  const needle = filter.text?.trim().toLocaleLowerCase() ?? '';
  const collection = db.incidents
    .where('[trashed+occurredAt]')
    .between([0, filter.from ?? Dexie.minKey], [0, filter.to ?? Dexie.maxKey], true, true)
    .reverse()
    .filter((row) => matches(row, filter, needle));
  const rows = await (filter.limit === undefined ? collection : collection.limit(filter.limit)).toArray();
  return rows.map(toIncident).sort(compareNewestFirst);
}

export async function countIncidents(): Promise<number> {
  return db.incidents.where('[trashed+occurredAt]').between([0, Dexie.minKey], [0, Dexie.maxKey]).count();
}

/** Deleted incidents, most recently deleted first. */
export async function listTrash(): Promise<Incident[]> {
  const rows = await db.incidents.where('[trashed+occurredAt]').between([1, Dexie.minKey], [1, Dexie.maxKey]).toArray();
  return rows.map(toIncident).sort((a, b) => (b.deletedAt ?? 0) - (a.deletedAt ?? 0));
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
