import { format } from 'date-fns';
import { TZDate } from '@date-fns/tz';
import { formatDate, type DateStyle } from './dates';
import type { Language } from './define';

// Formatting in a zone other than the device's (an incident entered abroad, the report's zone). Kept apart from
// dates.ts because the time-zone database code is not needed by the first screen.

export function formatInstantInZone(instant: number, language: Language, style: DateStyle, timeZone: string): string {
  return formatDate(new TZDate(instant, timeZone), language, style);
}

/** "+01:00" style offset of a zone at an instant, for showing where it differs from the reader's. */
export function zoneOffsetLabel(instant: number, timeZone: string): string {
  return format(new TZDate(instant, timeZone), 'xxx');
}
