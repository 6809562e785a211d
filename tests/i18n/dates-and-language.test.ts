import { describe, expect, it } from 'vitest';
import { format } from 'date-fns';
import { da, enGB } from 'date-fns/locale';
import { datePatterns, formatDate, formatInstant, formatInstantInZone, zoneOffsetLabel, type DateStyle } from '../../src/i18n/dates';
import { zonedDate } from '../../src/domain/zone';
import { formatCalendarDate } from '../../src/i18n/calendarDates';
import { localTimeText, readLocalTime } from '../../src/domain/localTime';
import { initialLanguage } from '../../src/i18n';
import { translate } from '../../src/i18n/translate';

describe('dates', () => {
  const instant = Date.UTC(2026, 10, 28, 13, 5); // Saturday 14:05 in Copenhagen

  it('are absolute, 24-hour and with weekday, in both languages', () => {
    expect(formatInstant(instant, 'da', 'dateTime')).toBe('lørdag 28. november 2026 kl. 14:05');
    expect(formatInstant(instant, 'en', 'dateTime')).toBe('Saturday 28 November 2026, 14:05');
    expect(formatInstant(Date.UTC(2026, 10, 28, 22, 30), 'en', 'time')).toBe('23:30');
  });

  it('can be shown in the zone an incident was entered in', () => {
    expect(formatInstantInZone(instant, 'en', 'time', 'America/New_York')).toBe('08:05');
    expect(zoneOffsetLabel(instant, 'Europe/Copenhagen')).toBe('+01:00');
    expect(zoneOffsetLabel(Date.UTC(2026, 6, 1), 'Europe/Copenhagen')).toBe('+02:00');
  });

  it('reads and writes datetime-local values in a zone', () => {
    expect(localTimeText(instant, 'Europe/Copenhagen')).toBe('2026-11-28T14:05');
    expect(readLocalTime('2026-11-28T14:05', 'Europe/Copenhagen')).toEqual({ kind: 'exact', instant });
    expect(readLocalTime('', 'Europe/Copenhagen')).toEqual({ kind: 'empty' });
  });

  it('reads as date-fns `format` with the whole da and enGB locales would, in every style, zone and month', () => {
    const zones = ['Europe/Copenhagen', 'America/St_Johns', 'Asia/Kathmandu', 'Pacific/Kiritimati', 'UTC'];
    // Every month and weekday, hours round the clock, and years before 1000 and 100 (padding).
    const instants = [...Array.from({ length: 40 }, (_, step) => Date.UTC(2025, step, step % 28 + 1, (step * 7) % 24, (step * 13) % 60)), Date.UTC(987, 4, 3, 1, 2), Date.UTC(2005, 0, 1, 0, 0)];
    for (const instant of instants) {
      for (const zone of zones) {
        const date = zonedDate(instant, zone);
        for (const style of Object.keys(datePatterns) as DateStyle[]) {
          expect(formatDate(date, 'da', style)).toBe(format(date, datePatterns[style].da, { locale: da }));
          expect(formatDate(date, 'en', style)).toBe(format(date, datePatterns[style].en, { locale: enGB }));
        }
        expect(zoneOffsetLabel(instant, zone)).toBe(format(date, 'xxx'));
      }
    }
    expect(zoneOffsetLabel(instant, 'America/St_Johns')).toBe('-03:30');
    expect(() => formatDate(new Date(Number.NaN), 'en', 'date')).toThrow(RangeError);
  });

  it('formats calendar dates with weekday', () => {
    expect(formatCalendarDate('2026-01-02', 'da')).toBe('fredag 2. januar 2026');
  });
});

describe('language', () => {
  it('is Danish by default, English when the browser prefers it, and the stored choice wins', () => {
    expect(initialLanguage(null, [])).toBe('da');
    expect(initialLanguage(null, ['pl-PL', 'en'])).toBe('da');
    expect(initialLanguage(null, ['en-GB', 'da'])).toBe('en');
    expect(initialLanguage('da', ['en-US'])).toBe('da');
    expect(initialLanguage('xx', ['en-US'])).toBe('en');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('en', 'error.generic', { detail: 'disk' })).toBe('Something went wrong: disk');
    expect(translate('da', 'error.generic')).toBe('Noget gik galt: {detail}');
  });
});
