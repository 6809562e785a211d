import { addMonths, addWeeks, differenceInCalendarWeeks, startOfMonth, startOfWeek } from 'date-fns';
import { incidentKinds, type IncidentKind } from './kinds';
import { startOfDay } from './days';
import type { CaseDetails, Incident, Instant, RestrainingOrder } from './types';

// One summary model feeds both the Overview screen and the PDF: the pattern the police see is the one the user sees.

export interface PeriodCount {
  /** Start of the week (Monday 00:00) or month, local time. */
  start: Instant;
  count: number;
}

export interface PoliceContactSummary {
  incidentId: string;
  occurredAt: Instant;
  /** The incident's zone, so the contact's time is shown as the incident's own. */
  timeZone: string;
  journalNumber: string;
  officer: string;
  phone: string;
}

export interface IncidentSummary {
  total: number;
  firstAt?: Instant;
  lastAt?: Instant;
  /** Kinds that occurred, most frequent first. */
  byKind: { kind: IncidentKind; count: number }[];
  period: 'week' | 'month';
  /** Every week or month from the first incident to the last, zeros included, oldest first. */
  perPeriod: PeriodCount[];
  clearNo?: { date: string; incidentsAfter: number };
  restrainingOrders: { order: RestrainingOrder; incidentsAfter: number }[];
  policeContacts: PoliceContactSummary[];
  /** Incidents flagged as key examples, newest first (Dansk Stalking Center asks for 3 to 5). */
  keyExamples: Incident[];
}

/** Weekly bars while they stay readable; monthly over long periods. */
export const maxWeeklyPeriods = 26;

function countFrom(incidents: Incident[], isoDate: string): number {
  const start = startOfDay(isoDate);
  return start === undefined ? 0 : incidents.filter((incident) => incident.occurredAt >= start).length;
}

function periods(incidents: Incident[], firstAt: Instant, lastAt: Instant): Pick<IncidentSummary, 'period' | 'perPeriod'> {
  const weekly = differenceInCalendarWeeks(lastAt, firstAt, { weekStartsOn: 1 }) < maxWeeklyPeriods;
  const startOf = (instant: Instant) => (weekly ? startOfWeek(instant, { weekStartsOn: 1 }) : startOfMonth(instant)).getTime();
  const next = (instant: Instant) => (weekly ? addWeeks(instant, 1) : addMonths(instant, 1)).getTime();
  const counts = new Map<Instant, number>();
  for (const incident of incidents) {
    const key = startOf(incident.occurredAt);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const perPeriod: PeriodCount[] = [];
  for (let start = startOf(firstAt); start <= lastAt; start = next(start)) perPeriod.push({ start, count: counts.get(start) ?? 0 });
  return { period: weekly ? 'week' : 'month', perPeriod };
}

export function summarize(incidents: Incident[], caseDetails: Pick<CaseDetails, 'clearNoDate' | 'restrainingOrders'>): IncidentSummary {
  const times = incidents.map((incident) => incident.occurredAt);
  const firstAt = times.length ? Math.min(...times) : undefined;
  const lastAt = times.length ? Math.max(...times) : undefined;
  const byKind = incidentKinds
    .map((kind) => ({ kind, count: incidents.filter((incident) => incident.kind === kind).length }))
    .filter((entry) => entry.count > 0)
    .sort((a, b) => b.count - a.count);
  return {
    total: incidents.length,
    firstAt,
    lastAt,
    byKind,
    ...(firstAt !== undefined && lastAt !== undefined ? periods(incidents, firstAt, lastAt) : { period: 'week' as const, perPeriod: [] }),
    ...(caseDetails.clearNoDate ? { clearNo: { date: caseDetails.clearNoDate, incidentsAfter: countFrom(incidents, caseDetails.clearNoDate) } } : {}),
    restrainingOrders: caseDetails.restrainingOrders
      .filter((order) => order.issuedOn)
      .map((order) => ({ order, incidentsAfter: countFrom(incidents, order.issuedOn) })),
    policeContacts: incidents
      .filter((incident) => incident.police.journalNumber.trim() || incident.police.officer.trim())
      .sort((a, b) => a.occurredAt - b.occurredAt)
      .map((incident) => ({ incidentId: incident.id, occurredAt: incident.occurredAt, timeZone: incident.timeZone, ...incident.police })),
    keyExamples: incidents.filter((incident) => incident.keyExample).sort((a, b) => b.occurredAt - a.occurredAt),
  };
}
