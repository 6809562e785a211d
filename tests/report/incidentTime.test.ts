import { describe, expect, it } from 'vitest';
import type { Incident } from '../../src/domain/types';
import { incidentTime } from '../../src/report/format';

// How the report's log prints when an incident happened: the incident's own wall clock, the end with its date
// when it falls on another day, and the offset wherever the reader could take the time for another instant.

const at = (occurredAt: number, extra: Partial<Incident> = {}) =>
  ({ occurredAt, timeZone: 'Europe/Copenhagen', approximate: false, ...extra }) as Incident;

describe('incident times in the report', () => {
  it('prints an end on the same day as a time, and on another day with its date', () => {
    expect(incidentTime(at(Date.UTC(2026, 0, 15, 9), { endedAt: Date.UTC(2026, 0, 15, 10) }), 'da', 'Europe/Copenhagen')).toBe('tor. 15. jan. 2026 10:00 til 11:00');
    expect(incidentTime(at(Date.UTC(2026, 0, 15, 21), { endedAt: Date.UTC(2026, 0, 16, 10) }), 'en', 'Europe/Copenhagen')).toBe('Thu 15 Jan 2026 22:00 until Fri 16 Jan 2026 11:00');
  });

  it('prints the repeated hour of the autumn night with summer or winter time and the offset', () => {
    expect(incidentTime(at(Date.UTC(2026, 9, 25, 0, 15)), 'da', 'Europe/Copenhagen')).toBe('søn. 25. okt. 2026 02:15 (sommertid, UTC+02:00)');
    expect(incidentTime(at(Date.UTC(2026, 9, 25, 1, 15), { approximate: true }), 'en', 'Europe/Copenhagen')).toBe('approx. Sun 25 Oct 2026 02:15 (winter time, UTC+01:00)');
  });

  it('prints an incident from another zone in its own time with its offset, the end too', () => {
    const newYork = at(Date.UTC(2026, 5, 1, 13), { timeZone: 'America/New_York', endedAt: Date.UTC(2026, 5, 1, 14) });
    expect(incidentTime(newYork, 'en', 'Europe/Copenhagen')).toBe('Mon 1 Jun 2026 09:00 (UTC-04:00) until 10:00 (UTC-04:00)');
    // A zone with the reader's offset needs none.
    expect(incidentTime(at(Date.UTC(2026, 5, 1, 13), { timeZone: 'Europe/Berlin' }), 'en', 'Europe/Copenhagen')).toBe('Mon 1 Jun 2026 15:00');
  });
});
