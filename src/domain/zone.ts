import { TZDateMini, tzOffset } from '@date-fns/tz';
import type { Instant } from './types';

// Time-zone primitives on @date-fns/tz (the small TZDateMini: date-fns only needs its getters).

export function deviceTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/**
 * The zone if this engine knows it, else UTC: an incident written where the engine knew a newer zone must still be
 * listed, and shown in UTC it carries its offset (+00:00), so the instant stays exact.
 */
function knownZone(timeZone: string): string {
  return Number.isNaN(tzOffset(timeZone, new Date(0))) ? 'UTC' : timeZone;
}

/** The instant as a Date whose fields (hours, day, ...) are the wall clock in the zone, for date-fns. */
export function zonedDate(instant: Instant, timeZone: string): Date {
  return new TZDateMini(instant, knownZone(timeZone));
}

/** date-fns context option (`in`) that reads and builds dates in the zone. */
export function inZone(timeZone: string): (value: Date | number | string) => Date {
  return (value) => new TZDateMini(+new Date(value), timeZone);
}

/** Milliseconds the zone's clocks are ahead of UTC at the instant (rounded: old local mean times had seconds). */
export function offsetAt(instant: Instant, timeZone: string): number {
  return Math.round(tzOffset(knownZone(timeZone), new Date(instant)) * 60_000);
}

const minute = 60_000;
const day = 86_400_000;

// Kept here rather than in localTime.ts, with no date parsing, so lists and the first screen load only this.

/** True when the instant's local time (to the minute) also names another instant: the hour the clocks go back. */
export function isRepeatedLocalTime(instant: Instant, timeZone: string): boolean {
  // Read straight from the offsets (lists call this per row): another offset in force within a day names the
  // same wall clock at another instant if the zone really had that offset then.
  const minuteStart = Math.floor(instant / minute) * minute;
  const offset = offsetAt(minuteStart, timeZone);
  return [offsetAt(instant - day, timeZone), offsetAt(instant + day, timeZone)].some(
    (other) => other !== offset && offsetAt(minuteStart + offset - other, timeZone) === other,
  );
}

/**
 * 'summer' when the zone is ahead of its standard time at the instant, 'winter' when on standard time in a zone
 * that has summer time that year, undefined in zones without it. Standard time is taken as the smaller of the
 * offsets on 1 January and 1 July (true for every zone that changes its clocks today).
 */
export function seasonAt(instant: Instant, timeZone: string): 'summer' | 'winter' | undefined {
  const year = zonedDate(instant, timeZone).getFullYear();
  const [january, july] = [0, 6].map((month) => {
    const date = new Date(0);
    date.setUTCFullYear(year, month, 1);
    return offsetAt(date.getTime(), timeZone);
  });
  if (january === july) return undefined;
  return offsetAt(instant, timeZone) > Math.min(january, july) ? 'summer' : 'winter';
}
