import { describe, expect, it } from 'vitest';
import { summarize } from '../../src/domain/summary';
import { redactForPolice } from '../../src/domain/privacy';
import type { Incident } from '../../src/domain/types';
import { incidentInput } from '../helpers/db';

let counter = 0;
function incident(overrides: Partial<Incident>): Incident {
  counter += 1;
  return { ...incidentInput(), id: `i${counter}`, attachmentIds: [], createdAt: 0, updatedAt: 0, ...overrides, version: overrides.version ?? 1 };
}

describe('summary model', () => {
  it('counts per kind, most frequent first, and per week with empty weeks kept', () => {
    const incidents = [
      incident({ kind: 'call', occurredAt: new Date(2026, 0, 5, 10).getTime() }), // Monday, week 2
      incident({ kind: 'call', occurredAt: new Date(2026, 0, 11, 23).getTime() }), // Sunday, same week
      incident({ kind: 'threat', occurredAt: new Date(2026, 0, 20, 9).getTime() }), // two weeks later
    ];
    const summary = summarize(incidents, { clearNoDate: '', restrainingOrders: [] });
    expect(summary.byKind).toEqual([{ kind: 'call', count: 2 }, { kind: 'threat', count: 1 }]);
    expect(summary.period).toBe('week');
    expect(summary.perPeriod).toEqual([
      { start: new Date(2026, 0, 5).getTime(), count: 2 },
      { start: new Date(2026, 0, 12).getTime(), count: 0 },
      { start: new Date(2026, 0, 19).getTime(), count: 1 },
    ]);
  });

  it('switches to months over long periods', () => {
    const incidents = [incident({ occurredAt: new Date(2025, 0, 15).getTime() }), incident({ occurredAt: new Date(2026, 0, 15).getTime() })];
    const summary = summarize(incidents, { clearNoDate: '', restrainingOrders: [] });
    expect(summary.period).toBe('month');
    expect(summary.perPeriod).toHaveLength(13);
    expect(summary.perPeriod[0]).toEqual({ start: new Date(2025, 0, 1).getTime(), count: 1 });
  });

  it('counts incidents on and after the clear no and after each restraining order', () => {
    const incidents = [
      incident({ occurredAt: new Date(2026, 1, 28, 23, 59).getTime() }),
      incident({ occurredAt: new Date(2026, 2, 1, 0, 0).getTime() }),
      incident({ occurredAt: new Date(2026, 5, 1).getTime(), keyExample: true, police: { journalNumber: '0100-1', officer: 'Hansen', phone: '' } }),
    ];
    const order = { issuedOn: '2026-03-01', expiresOn: '2031-03-01', journalNumber: 'J-1', note: '' };
    const summary = summarize(incidents, { clearNoDate: '2026-02-01', restrainingOrders: [order] });
    expect(summary.clearNo).toEqual({ date: '2026-02-01', incidentsAfter: 3 });
    expect(summary.restrainingOrders).toEqual([{ order, incidentsAfter: 2 }]);
    expect(summary.policeContacts.map((contact) => contact.journalNumber)).toEqual(['0100-1']);
    expect(summary.keyExamples.map((example) => example.id)).toEqual([incidents[2].id]);
  });

  it('is empty without incidents', () => {
    expect(summarize([], { clearNoDate: '', restrainingOrders: [] })).toMatchObject({ total: 0, byKind: [], perPeriod: [] });
  });
});

describe('police copy', () => {
  it('empties exactly the fields marked private', () => {
    const original = incident({
      place: { text: 'Ny adresse, Vej 1', latitude: 55.6, longitude: 12.5 }, description: 'Stod ved døren', effect: 'Bange',
      witnesses: [{ name: 'Mette', contact: '12345678', note: '' }], privateFields: ['place', 'effect'],
    });
    const copy = redactForPolice(original);
    expect(copy.place).toEqual({ text: '' });
    expect(copy.effect).toBe('');
    expect(copy.description).toBe('Stod ved døren');
    expect(copy.witnesses).toHaveLength(1);
    expect(original.place.text).toBe('Ny adresse, Vej 1');
  });
});
