import { format } from 'date-fns';
import { da, enGB } from 'date-fns/locale';
import type { Language } from './define';

// Dates are always absolute, 24-hour and with weekday: police read them, "yesterday" means nothing a year later.
const locales = { da, en: enGB } as const;
const patterns = {
  dateTime: { da: "EEEE d. MMMM yyyy 'kl.' HH:mm", en: 'EEEE d MMMM yyyy, HH:mm' },
  shortDateTime: { da: 'EEE d. MMM yyyy HH:mm', en: 'EEE d MMM yyyy HH:mm' },
  date: { da: 'EEEE d. MMMM yyyy', en: 'EEEE d MMMM yyyy' },
  shortDate: { da: 'EEE d. MMM yyyy', en: 'EEE d MMM yyyy' },
  time: { da: 'HH:mm', en: 'HH:mm' },
  month: { da: 'MMMM yyyy', en: 'MMMM yyyy' },
  dayMonth: { da: 'd. MMM', en: 'd MMM' },
  shortMonth: { da: 'MMM yy', en: 'MMM yy' },
} as const;

export type DateStyle = keyof typeof patterns;

/** Formats a Date (or a zoned TZDate) in one of the app's styles. */
export function formatDate(date: Date, language: Language, style: DateStyle): string {
  return format(date, patterns[style][language], { locale: locales[language] });
}

/** Formats an instant in the device's zone; zonedDates.ts formats in another zone. */
export function formatInstant(instant: number, language: Language, style: DateStyle): string {
  return formatDate(new Date(instant), language, style);
}

/** A calendar date stored as yyyy-MM-dd, shown with weekday. */
export function formatCalendarDate(isoDate: string, language: Language, style: 'date' | 'shortDate' = 'date'): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  if (!year || !month || !day) return isoDate;
  return formatDate(new Date(year, month - 1, day), language, style);
}

/** Value for <input type="datetime-local"> in the device zone. */
export function toLocalInputValue(instant: number): string {
  return format(new Date(instant), "yyyy-MM-dd'T'HH:mm");
}

/** Reads <input type="datetime-local"> as local wall-clock time; undefined for empty or invalid input. */
export function fromLocalInputValue(value: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value);
  if (!match) return undefined;
  const [, year, month, day, hour, minute] = match.map(Number);
  const instant = new Date(year, month - 1, day, hour, minute).getTime();
  return Number.isFinite(instant) ? instant : undefined;
}
