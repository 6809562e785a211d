import { format } from 'date-fns';
import { isPlausibleYear, readDay } from './days';
import type { Instant } from './types';
import { offsetAt, zonedDate } from './zone';

// Local wall-clock time (what a person reads off a clock and types) against instants (what is stored).
// A local time names one instant, two (the hour the clocks go back) or none (the hour they skip forward).

const minute = 60_000;
const day = 86_400_000;

export type LocalTimeReading =
  | { kind: 'empty' }
  | { kind: 'invalid' }
  | { kind: 'implausibleYear'; year: number }
  | { kind: 'exact'; instant: Instant }
  /** The clocks went back: both instants show this local time, earlier first. */
  | { kind: 'repeated'; instants: [Instant, Instant] }
  /** The clocks skipped this time: the last minute before the gap and the first after it. */
  | { kind: 'skipped'; before: Instant; after: Instant };

const localTimePattern = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** The wall clock as if it were UTC: milliseconds, with the year kept as written (Date.UTC would remap 0-99). */
function wallClock(date: Date, hours: number, minutes: number, seconds: number): number {
  const wall = new Date(0);
  wall.setUTCFullYear(date.getFullYear(), date.getMonth(), date.getDate());
  wall.setUTCHours(hours, minutes, seconds, 0);
  return wall.getTime();
}

/** First instant in (from, to] whose offset differs from the offset at `from`; the zone changes once in between. */
function transitionBetween(from: Instant, to: Instant, timeZone: string): Instant {
  const before = offsetAt(from, timeZone);
  let low = from;
  let high = to;
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (offsetAt(middle, timeZone) === before) low = middle;
    else high = middle;
  }
  return high;
}

/** Reads a datetime-local value ("2026-10-25T02:15") in a zone, saying every way it can fall. */
export function readLocalTime(text: string, timeZone: string): LocalTimeReading {
  if (!text) return { kind: 'empty' };
  const match = localTimePattern.exec(text);
  const date = match && readDay(match[1]);
  if (!match || !date) return { kind: 'invalid' };
  const [hours, minutes, seconds] = [match[2], match[3], match[4] ?? '0'].map(Number);
  if (hours > 23 || minutes > 59 || seconds > 59) return { kind: 'invalid' };
  const year = date.getFullYear();
  if (!isPlausibleYear(year)) return { kind: 'implausibleYear', year };

  const wall = wallClock(date, hours, minutes, seconds);
  // Offsets in force a day either side cover every change a real zone makes in one night.
  const offsets = [...new Set([wall - day, wall, wall + day].map((near) => offsetAt(near, timeZone)))];
  const instants = offsets
    .map((offset) => wall - offset)
    .filter((instant) => offsetAt(instant, timeZone) === wall - instant)
    .sort((a, b) => a - b);
  if (instants.length === 1) return { kind: 'exact', instant: instants[0] };
  if (instants.length >= 2) return { kind: 'repeated', instants: [instants[0], instants[instants.length - 1]] };
  const earliest = Math.min(...offsets.map((offset) => wall - offset));
  const latest = Math.max(...offsets.map((offset) => wall - offset));
  const change = transitionBetween(earliest, latest, timeZone);
  return { kind: 'skipped', before: change - minute, after: change };
}

/** The instant a reading stands for, given the offset chosen for a repeated time; undefined while undecided. */
export function instantOfReading(reading: LocalTimeReading, chosenOffset: number | undefined, timeZone: string): Instant | undefined {
  if (reading.kind === 'exact') return reading.instant;
  if (reading.kind === 'repeated') return reading.instants.find((instant) => offsetAt(instant, timeZone) === chosenOffset);
  return undefined;
}

/** The datetime-local value of an instant in a zone, to the minute. */
export function localTimeText(instant: Instant, timeZone: string): string {
  return format(zonedDate(instant, timeZone), "yyyy-MM-dd'T'HH:mm");
}
