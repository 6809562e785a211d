import { signal } from '@preact/signals';
import type { IncidentFilter } from '../../db/incidentQueries';
import type { IncidentKind } from '../../domain/kinds';

/** What the user filters by, as typed; kept while they open an incident and come back. */
export interface TimelineFilter {
  kinds: IncidentKind[];
  /** Calendar dates yyyy-MM-dd from the date inputs, or ''. */
  from: string;
  to: string;
  text: string;
}

export const noFilter: TimelineFilter = { kinds: [], from: '', to: '', text: '' };
export const timelineFilter = signal<TimelineFilter>(noFilter);

/** The database query: whole local days, both ends included. The day reader loads with the first date filter. */
export async function toQuery(filter: TimelineFilter, limit: number): Promise<IncidentFilter> {
  const { startOfDay } = filter.from || filter.to ? await import('../../domain/days') : { startOfDay: () => undefined };
  const to = startOfDay(filter.to, 1);
  return {
    ...(filter.kinds.length ? { kinds: filter.kinds } : {}),
    ...(filter.from ? { from: startOfDay(filter.from) } : {}),
    ...(to !== undefined ? { to: to - 1 } : {}),
    ...(filter.text.trim() ? { text: filter.text } : {}),
    limit,
  };
}

/** How many of kinds, date range and search are in use. */
export function activeFilters(filter: TimelineFilter): number {
  return (filter.kinds.length ? 1 : 0) + (filter.from || filter.to ? 1 : 0) + (filter.text.trim() ? 1 : 0);
}
