import type { Incident } from '../../domain/types';
import type { Language } from '../../i18n';
import { formatInstant } from '../../i18n/dates';

export interface MonthGroup {
  /** "marts 2026": the heading and, being unique per month, the key. */
  label: string;
  incidents: Incident[];
}

/** Consecutive incidents of the same month (in the device's zone) under one heading; the input is newest first. */
export function groupByMonth(incidents: Incident[], language: Language): MonthGroup[] {
  const groups: MonthGroup[] = [];
  for (const incident of incidents) {
    const label = formatInstant(incident.occurredAt, language, 'month');
    const last = groups.at(-1);
    if (last?.label === label) last.incidents.push(incident);
    else groups.push({ label, incidents: [incident] });
  }
  return groups;
}
