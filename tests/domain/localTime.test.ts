import fc from 'fast-check';
import { format, parse } from 'date-fns';
import { da, enGB } from 'date-fns/locale';
import { tz, tzScan } from '@date-fns/tz';
import { describe, expect, it } from 'vitest';
import { instantOfReading, localTimeText, readLocalTime } from '../../src/domain/localTime';
import { isRepeatedLocalTime, offsetAt } from '../../src/domain/zone';
import { blankForm, inputFromForm, validateForm } from '../../src/screens/IncidentEditor/form';
import { formatZonedTime } from '../../src/i18n/dates';
import { incidentTime } from '../../src/report/format';
import type { Incident } from '../../src/domain/types';

// What the editor shows, stores and prints is one instant, and every instant can be entered, around the changes
// of four zones: a one-hour change each way (Copenhagen, New York), a 30-minute one (Lord Howe) and one at 02:45
// (Chatham). Instants are minute-aligned, as a datetime-local field is. Each property also checks that its runs
// reached the repeated and skipped hours, so it cannot pass on ordinary times alone.

const minute = 60_000;
const zones = ['Europe/Copenhagen', 'America/New_York', 'Australia/Lord_Howe', 'Pacific/Chatham'] as const;
// Readers: the same zones, UTC, and a zone without summer time that shares Copenhagen's winter offset.
const displayZones = [...zones, 'UTC', 'Africa/Lagos'];
const changes = zones.flatMap((zone) =>
  tzScan(zone, { start: new Date(Date.UTC(2019, 0, 1)), end: new Date(Date.UTC(2031, 0, 1)) }).map((change) => ({ zone, at: change.date.getTime() })),
);
// Half of the instants within a day of a change, half within three hours, so every run reaches the changed hours.
const nearChange = fc.constantFrom(...changes).chain(({ zone, at }) =>
  fc.oneof(fc.integer({ min: -26 * 60, max: 26 * 60 }), fc.integer({ min: -180, max: 180 }))
    .map((minutes) => ({ zone, instant: Math.floor(at / minute) * minute + minutes * minute })),
);
// Wall clocks within three hours of a change as the zone's own clocks read it before the change, so the skipped
// and repeated hours are reached in every run whatever the zone's offset from UTC.
const nearChangeWallClock = fc.constantFrom(...changes).chain(({ zone, at }) =>
  fc.integer({ min: -180, max: 180 }).map((minutes) => ({
    zone, text: localTimeText(Math.floor(at / minute) * minute + offsetAt(at - 3 * 3_600_000, zone) + minutes * minute, 'UTC'),
  })),
);
const afterAll = Date.UTC(2040, 0, 1);

/** Reads a printed "søn. 25. okt. 2026 02:15 (vintertid, UTC+01:00)" back: the instant it names, or the readings. */
function readPrinted(printed: string, language: 'da' | 'en', displayZone: string): number | undefined {
  const match = /^(\S+) (.*?)(?: \((?:[^,]*, )?UTC([+-]\d\d):(\d\d)\))?$/.exec(printed)!;
  const locale = language === 'da' ? da : enGB;
  // date-fns cannot parse Danish short weekdays ("søn."): read the rest, then check the weekday printed for it.
  const fields = parse(match[2], language === 'da' ? 'd. MMM yyyy HH:mm' : 'd MMM yyyy HH:mm', new Date(0), { locale, in: tz('UTC') });
  expect(match[1]).toBe(format(fields, 'EEE', { locale }));
  const wall = localTimeText(fields.getTime(), 'UTC');
  if (match[3] === undefined) {
    const reading = readLocalTime(wall, displayZone);
    return reading.kind === 'exact' ? reading.instant : undefined;
  }
  const sign = match[3].startsWith('-') ? -1 : 1;
  const offset = sign * (Math.abs(Number(match[3])) * 60 + Number(match[4])) * minute;
  return fields.getTime() - offset;
}

describe('local time around daylight-saving changes', () => {
  it('found the changes to test in every zone', () => {
    for (const zone of zones) expect(changes.filter((change) => change.zone === zone).length).toBeGreaterThanOrEqual(20);
  });

  it('every instant can be entered: its local text, with the offset the editor offers, stores that instant', () => {
    const seen = new Set<string>();
    fc.assert(fc.property(nearChange, ({ zone, instant }) => {
      const text = localTimeText(instant, zone);
      const reading = readLocalTime(text, zone);
      seen.add(reading.kind);
      expect(['exact', 'repeated']).toContain(reading.kind);
      expect(isRepeatedLocalTime(instant, zone)).toBe(reading.kind === 'repeated');
      expect(instantOfReading(reading, offsetAt(instant, zone), zone)).toBe(instant);
      if (reading.kind === 'repeated') {
        expect(reading.instants).toContain(instant);
        expect(offsetAt(reading.instants[0], zone)).toBeGreaterThan(offsetAt(reading.instants[1], zone));
      }
      // The editor: the text and the offset chosen in it are stored as that instant, with no problem raised.
      const form = { ...blankForm(instant), timeZone: zone, kind: 'other' as const, occurredAt: text, occurredAtOffset: offsetAt(instant, zone) };
      expect(inputFromForm(form).occurredAt).toBe(instant);
      expect(validateForm(form, afterAll)).toEqual([]);
    }), { numRuns: 400 });
    expect([...seen].sort()).toEqual(['exact', 'repeated']);
  });

  it('every local text is read honestly: one instant, two that both show it, or a gap it falls in', () => {
    const seen = new Set<string>();
    // Any wall clock within a day of a change, whether or not the zone's clocks ever showed it.
    const anyWallClock = nearChange.map(({ zone, instant }) => ({ zone, text: localTimeText(instant, 'UTC') }));
    fc.assert(fc.property(fc.oneof(anyWallClock, nearChangeWallClock), ({ zone, text }) => {
      const reading = readLocalTime(text, zone);
      seen.add(reading.kind);
      if (reading.kind === 'exact') expect(localTimeText(reading.instant, zone)).toBe(text);
      else if (reading.kind === 'repeated') {
        expect(reading.instants[0]).toBeLessThan(reading.instants[1]);
        for (const each of reading.instants) expect(localTimeText(each, zone)).toBe(text);
      } else {
        expect(reading.kind).toBe('skipped');
        if (reading.kind !== 'skipped') return;
        expect(reading.after - reading.before).toBe(minute);
        expect(localTimeText(reading.before, zone) < text && text < localTimeText(reading.after, zone)).toBe(true);
        expect(readLocalTime(localTimeText(reading.before, zone), zone)).toEqual({ kind: 'exact', instant: reading.before });
        expect(readLocalTime(localTimeText(reading.after, zone), zone)).toEqual({ kind: 'exact', instant: reading.after });
        // The editor stores nothing for it and says why.
        const form = { ...blankForm(reading.before), timeZone: zone, kind: 'other' as const, occurredAt: text };
        expect(inputFromForm(form).occurredAt).toBeUndefined();
        expect(validateForm(form, afterAll)).toEqual([{ field: 'occurredAt', message: 'validation.timeSkipped' }]);
      }
    }), { numRuns: 400 });
    expect([...seen].sort()).toEqual(['exact', 'repeated', 'skipped']);
  });

  it('what is shown and printed names the stored instant, for a reader in any zone', () => {
    fc.assert(fc.property(nearChange, fc.constantFrom(...displayZones), fc.constantFrom('da' as const, 'en' as const), ({ zone, instant }, displayZone, language) => {
      const shown = formatZonedTime(instant, zone, displayZone, language, 'shortDateTime');
      expect(readPrinted(shown, language, displayZone)).toBe(instant);
      const incident = { occurredAt: instant, timeZone: zone, approximate: false } as Incident;
      expect(incidentTime(incident, language, displayZone)).toBe(shown);
    }), { numRuns: 600 });
  });
});

describe('years', () => {
  it('are taken as written: 0085 is refused with a message, never read as 1985', () => {
    expect(readLocalTime('0085-06-01T10:00', 'Europe/Copenhagen')).toEqual({ kind: 'implausibleYear', year: 85 });
    expect(readLocalTime('1985-06-01T10:00', 'Europe/Copenhagen')).toEqual({ kind: 'exact', instant: Date.UTC(1985, 5, 1, 8) });
    expect(readLocalTime('2026-02-30T10:00', 'Europe/Copenhagen')).toEqual({ kind: 'invalid' });
    const form = { ...blankForm(Date.UTC(2026, 0, 1)), kind: 'other' as const, occurredAt: '0085-06-01T10:00' };
    expect(inputFromForm(form).occurredAt).toBeUndefined();
    expect(validateForm(form, afterAll)).toEqual([{ field: 'occurredAt', message: 'validation.yearImplausible' }]);
  });
});

describe('a zone this engine does not know', () => {
  it('is shown in UTC with its offset rather than breaking the list', () => {
    expect(formatZonedTime(Date.UTC(2026, 5, 1, 13), 'Mars/Olympus_Mons', 'Europe/Copenhagen', 'en', 'shortDateTime')).toBe('Mon 1 Jun 2026 13:00 (UTC+00:00)');
  });
});
