import { addDays, parseISO } from 'date-fns';
import type { Instant } from './types';

// The one reader of "yyyy-MM-dd" days: date inputs, filters, the export period, case dates and the time entry.

const isoDay = /^\d{4}-\d{2}-\d{2}$/;

/** Years a person could be recording a stalking case in; anything else is a typing slip, shown and never remapped. */
export function isPlausibleYear(year: number): boolean {
  return year >= 1900 && year <= 2100;
}

/**
 * The start of a yyyy-MM-dd day in the device's zone; undefined unless the text is a real calendar day. Years are
 * taken as written: 0085 stays the year 85 (a Date built from numbers would make it 1985).
 */
export function readDay(isoDate: string): Date | undefined {
  if (!isoDay.test(isoDate)) return undefined;
  const day = parseISO(isoDate);
  return Number.isNaN(day.getTime()) ? undefined : day;
}

/** The instant a yyyy-MM-dd day starts in the device's zone, or the day `days` later; undefined for no date. */
export function startOfDay(isoDate: string, days = 0): Instant | undefined {
  const day = readDay(isoDate);
  return day && addDays(day, days).getTime();
}
