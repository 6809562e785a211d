import { readDay } from '../domain/days';
import { formatDate } from './dates';
import type { Language } from './define';

// Apart from dates.ts so that the day reader (date-fns parseISO) stays out of the first screen.

/** A calendar date stored as yyyy-MM-dd, shown with weekday; the text itself when it is no date. */
export function formatCalendarDate(isoDate: string, language: Language, style: 'date' | 'shortDate' = 'date'): string {
  const day = readDay(isoDate);
  return day ? formatDate(day, language, style) : isoDate;
}
