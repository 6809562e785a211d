// Reads of the log: the first screen imports only these (writing pulls in hashing and validation).
import Dexie from 'dexie';
import { compareNewestFirst, searchableText } from '../domain/incident';
import type { IncidentKind } from '../domain/kinds';
import type { Incident, Instant } from '../domain/types';
import { db } from './database';
import type { IncidentRow } from './schema';

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

export function toIncident({ trashed: _trashed, ...incident }: IncidentRow): Incident {
  return incident;
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

/** Deleted incidents, most recently deleted first. */
export async function listTrash(): Promise<Incident[]> {
  const rows = await db.incidents.where('[trashed+occurredAt]').between([1, Dexie.minKey], [1, Dexie.maxKey]).toArray();
  return rows.map(toIncident).sort((a, b) => (b.deletedAt ?? 0) - (a.deletedAt ?? 0));
}
