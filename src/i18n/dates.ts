import type { Day, Month } from 'date-fns';
import type { Instant } from '../domain/types';
import { deviceTimeZone, isRepeatedLocalTime, offsetAt, seasonAt, zonedDate } from '../domain/zone';
import type { Language } from './define';
import { dateNames, type DateNames } from './languagePacks';
import { translate } from './translate';

// Dates are always absolute, 24-hour and with weekday: police read them, "yesterday" means nothing a year later.
export const datePatterns = {
  dateTime: { da: "EEEE d. MMMM yyyy 'kl.' HH:mm", en: 'EEEE d MMMM yyyy, HH:mm' },
  shortDateTime: { da: 'EEE d. MMM yyyy HH:mm', en: 'EEE d MMM yyyy HH:mm' },
  date: { da: 'EEEE d. MMMM yyyy', en: 'EEEE d MMMM yyyy' },
  shortDate: { da: 'EEE d. MMM yyyy', en: 'EEE d MMM yyyy' },
  time: { da: 'HH:mm', en: 'HH:mm' },
  month: { da: 'MMMM yyyy', en: 'MMMM yyyy' },
  dayMonth: { da: 'd. MMM', en: 'd MMM' },
  shortMonth: { da: 'MMM yy', en: 'MMM yy' },
} as const;

export type DateStyle = keyof typeof datePatterns;
const clockStyles: readonly DateStyle[] = ['dateTime', 'shortDateTime', 'time'];

const pad = (value: number, digits: number) => String(value).padStart(digits, '0');
/** The year as date-fns's `y` reads it: 1 BC is year 1. */
const yearOf = (date: Date) => (date.getFullYear() > 0 ? date.getFullYear() : 1 - date.getFullYear());

// The few date-fns `format` tokens the patterns above use, read the way date-fns reads them (tests compare every style
// with date-fns `format` and the whole locales). date-fns `format` itself, with its default en-US locale and every
// other token, was 5.5 KB gzip of the first screen.
const fields: Record<string, (date: Date, names: DateNames) => string> = {
  EEEE: (date, names) => names.day(date.getDay() as Day, { width: 'wide', context: 'formatting' }),
  EEE: (date, names) => names.day(date.getDay() as Day, { width: 'abbreviated', context: 'formatting' }),
  d: (date) => String(date.getDate()),
  MMMM: (date, names) => names.month(date.getMonth() as Month, { width: 'wide', context: 'formatting' }),
  MMM: (date, names) => names.month(date.getMonth() as Month, { width: 'abbreviated', context: 'formatting' }),
  yyyy: (date) => pad(yearOf(date), 4),
  yy: (date) => pad(yearOf(date) % 100, 2),
  HH: (date) => pad(date.getHours(), 2),
  mm: (date) => pad(date.getMinutes(), 2),
};

/** date-fns's `xxx`: "+01:00". */
function offsetText(date: Date): string {
  const offset = date.getTimezoneOffset();
  const minutes = Math.abs(offset);
  return `${offset > 0 ? '-' : '+'}${pad(Math.trunc(minutes / 60), 2)}:${pad(minutes % 60, 2)}`;
}

function formatPattern(date: Date, pattern: string, names: DateNames): string {
  if (Number.isNaN(date.getTime())) throw new RangeError('Invalid time value');
  return pattern.replace(/'([^']*)'|([A-Za-z])\2*/g, (token, quoted?: string) => {
    if (quoted !== undefined) return quoted;
    const field = fields[token];
    if (!field) throw new RangeError(`The date token ${token} is not one dates.ts knows`);
    return field(date, names);
  });
}

/** Formats a Date (or a zoned one from zonedDate) in one of the app's styles. */
export function formatDate(date: Date, language: Language, style: DateStyle): string {
  const names = dateNames[language];
  if (!names) throw new Error(`The ${language} language pack is not loaded (languagePacks.ts)`);
  return formatPattern(date, datePatterns[style][language], names);
}

/** "+01:00": the zone's offset from UTC at the instant. */
export function zoneOffsetLabel(instant: Instant, timeZone: string): string {
  const date = zonedDate(instant, timeZone);
  if (Number.isNaN(date.getTime())) throw new RangeError('Invalid time value');
  return offsetText(date);
}

/**
 * The one way a time is shown anywhere (log, detail, overview, editor, report): the wall clock of the zone it was
 * entered in, "søn. 25. okt. 2026 02:15 (vintertid, UTC+01:00)". The offset is added when that local time happened
 * twice (named summer or winter time) or when the display zone's clocks could read it as another instant.
 */
export function formatZonedTime(instant: Instant, timeZone: string, displayZone: string, language: Language, style: DateStyle): string {
  if (!clockStyles.includes(style)) return formatDate(zonedDate(instant, timeZone), language, style);
  if (isRepeatedLocalTime(instant, timeZone)) return formatWithOffset(instant, timeZone, language, style, true);
  // Same offset but repeated on the reader's clocks (a zone without summer time read where clocks went back).
  if (offsetAt(instant, timeZone) !== offsetAt(instant, displayZone) || isRepeatedLocalTime(instant, displayZone)) {
    return formatWithOffset(instant, timeZone, language, style, false);
  }
  return formatDate(zonedDate(instant, timeZone), language, style);
}

/** "02:15 (vintertid, UTC+01:00)": always with the offset, and with summer or winter time when asked and known. */
export function formatWithOffset(instant: Instant, timeZone: string, language: Language, style: DateStyle, nameSeason: boolean): string {
  const time = formatDate(zonedDate(instant, timeZone), language, style);
  const season = nameSeason ? seasonAt(instant, timeZone) : undefined;
  return translate(language, season ? `time.with.${season}` : 'time.with.offset', { time, offset: zoneOffsetLabel(instant, timeZone) });
}

/** A time in the reader's own zone (when something was written, a report made): offset only when it happened twice. */
export function formatInstantInZone(instant: Instant, language: Language, style: DateStyle, timeZone: string): string {
  return formatZonedTime(instant, timeZone, timeZone, language, style);
}

/** A time in the device's zone. */
export function formatInstant(instant: Instant, language: Language, style: DateStyle): string {
  return formatInstantInZone(instant, language, style, deviceTimeZone());
}
