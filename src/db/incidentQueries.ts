// Reads of the log: the first screen imports only these (writing pulls in hashing and validation).
import { searchableText } from '../domain/incident';
import type { IncidentKind } from '../domain/kinds';
import type { Incident, Instant } from '../domain/types';
import { db } from './database';
import { allIncidentRows } from './incidentIndex';
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

function matches(row: IncidentRow, filter: IncidentFilter, needle: string): boolean {
  if (row.trashed) return false;
  if (filter.from !== undefined && row.occurredAt < filter.from) return false;
  if (filter.to !== undefined && row.occurredAt > filter.to) return false;
  if (filter.kinds?.length && !filter.kinds.includes(row.kind)) return false;
  return !needle || searchableText(row).toLocaleLowerCase().includes(needle);
}

/** The live log, newest first by when each incident happened (a backdated entry lands at its true place). */
export async function listIncidents(filter: IncidentFilter = {}): Promise<Incident[]> {
  const needle = filter.text?.trim().toLocaleLowerCase() ?? '';
  const found: Incident[] = [];
  for (const row of await allIncidentRows()) {
    if (filter.limit !== undefined && found.length >= filter.limit) break;
    if (matches(row, filter, needle)) found.push(toIncident(row));
  }
  return found;
}

/** Deleted incidents, most recently deleted first. */
export async function listTrash(): Promise<Incident[]> {
  const rows = (await allIncidentRows()).filter((row) => row.trashed === 1);
  return rows.map(toIncident).sort((a, b) => (b.deletedAt ?? 0) - (a.deletedAt ?? 0));
}
