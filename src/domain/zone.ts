import { tzOffset } from '@date-fns/tz/tzOffset';
import type { Instant } from './types';

// Time-zone primitives on @date-fns/tz's tzOffset. Every list shows times, so this ships with the first screen:
// it stays small: a read-only wall-clock Date instead of the library's TZDate (which keeps setters in sync), and
// tzOffset imported on its own, since the package index pulls in TZDate's prototype set-up with it.

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

/**
 * An instant whose local getters read the wall clock at a fixed UTC offset: what date-fns `format` reads. Only for
 * showing; dates date-fns derives from it (constructDateFrom) keep the offset.
 */
class WallClock extends Date {
  constructor(instant: number, private readonly offset: number) {
    super(instant);
  }
  private get wall(): Date { return new Date(this.getTime() + this.offset); }
  override getFullYear(): number { return this.wall.getUTCFullYear(); }
  override getMonth(): number { return this.wall.getUTCMonth(); }
  override getDate(): number { return this.wall.getUTCDate(); }
  override getDay(): number { return this.wall.getUTCDay(); }
  override getHours(): number { return this.wall.getUTCHours(); }
  override getMinutes(): number { return this.wall.getUTCMinutes(); }
  override getSeconds(): number { return this.wall.getUTCSeconds(); }
  override getMilliseconds(): number { return this.wall.getUTCMilliseconds(); }
  override getTimezoneOffset(): number { return -this.offset / 60_000; }
  [Symbol.for('constructDateFrom')](value: Date | number): WallClock {
    return new WallClock(+value, this.offset);
  }
}

/** The instant as a Date whose fields (hours, day, ...) are the wall clock in the zone, for date-fns `format`. */
export function zonedDate(instant: Instant, timeZone: string): Date {
  return new WallClock(instant, offsetAt(instant, timeZone));
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
