import { describe, expect, it } from 'vitest';
import { alarmAccess, alarmRecipients, namedAsInCaseFile, readAlarmAccess } from '../../../src/domain/alarm/alarmAccess';
import { readPendingAlarm } from '../../../src/domain/alarm/pendingAlarm';

const people = [
  { name: '  Søs Marie Ærøe ', phone: '20 30 40 50', getsAlarmText: true },
  { name: 'Bo Lindqvist', phone: '+46 70 123 45 67', getsAlarmText: true },
  { name: 'Ida Holm', phone: '22 33 44 55', getsAlarmText: false },
  { name: 'Kim', phone: '123', getsAlarmText: true }, // cannot get a text
];

describe('what the alarm without passcode keeps', () => {
  it('only the people chosen to get the text whose number can get one', () => {
    expect(alarmRecipients(people)).toEqual([
      { name: '  Søs Marie Ærøe ', phone: '20 30 40 50' },
      { name: 'Bo Lindqvist', phone: '+46 70 123 45 67' },
    ]);
  });

  it('keeps first names and international numbers and the signal, nothing more', () => {
    const access = alarmAccess(people, 'silent');
    expect(access).toEqual({
      recipients: [{ name: 'Søs', phone: '+4520304050' }, { name: 'Bo', phone: '+46701234567' }],
      signal: 'silent',
    });
    expect(JSON.stringify(access)).not.toMatch(/Ærøe|Lindqvist|Ida|Kim/);
  });

  it('reads back only a copy of the expected shape', () => {
    const access = alarmAccess(people, 'onTap');
    expect(readAlarmAccess(JSON.parse(JSON.stringify(access)))).toEqual(access);
    expect(readAlarmAccess({ ...access, extra: 'x' })).toEqual(access);
    expect(readAlarmAccess(undefined)).toBeUndefined();
    expect(readAlarmAccess({ ...access, signal: 'loud' })).toBeUndefined();
    expect(readAlarmAccess({ ...access, recipients: [{ name: 'Søs', phone: '20 30 40 50' }] })).toBeUndefined(); // not international
    expect(readAlarmAccess({ ...access, recipients: [{ name: 1, phone: '+4520304050' }] })).toBeUndefined();
    expect(readAlarmAccess({ signal: 'onTap' })).toBeUndefined();
  });

  it('names each recipient as the case file does once it can be read; one no longer there keeps the kept name', () => {
    const alerted = [{ name: 'Søs', phone: '+4520304050' }, { name: 'Eva', phone: '+4540404040' }];
    expect(namedAsInCaseFile(alerted, people)).toEqual([
      { name: '  Søs Marie Ærøe ', phone: '20 30 40 50' },
      { name: 'Eva', phone: '+4540404040' },
    ]);
  });
});

describe('an alarm kept sealed while locked', () => {
  const pending = {
    id: 'a1', language: 'da',
    record: {
      startedAt: 1000, timeZone: 'Europe/Copenhagen', text: 'Jeg har brug for hjælp nu.',
      position: { status: 'found', latitude: 55.6, longitude: 12.5, accuracyMeters: 12, at: 900, lastKnown: false },
      alerted: [{ name: 'Søs', phone: '+4520304050' }],
    },
  };

  it('is read back whole, with every kind of position', () => {
    expect(readPendingAlarm(JSON.parse(JSON.stringify(pending)))).toEqual(pending);
    for (const status of ['refused', 'unavailable']) {
      const without = { ...pending, record: { ...pending.record, position: { status } } };
      expect(readPendingAlarm(without)).toEqual(without);
    }
  });

  it('is refused when any field has the wrong type', () => {
    expect(readPendingAlarm(undefined)).toBeUndefined();
    expect(readPendingAlarm({ ...pending, language: 'de' })).toBeUndefined();
    expect(readPendingAlarm({ ...pending, id: 7 })).toBeUndefined();
    expect(readPendingAlarm({ ...pending, record: { ...pending.record, startedAt: '1000' } })).toBeUndefined();
    expect(readPendingAlarm({ ...pending, record: { ...pending.record, position: { status: 'found', latitude: 1 } } })).toBeUndefined();
    expect(readPendingAlarm({ ...pending, record: { ...pending.record, alerted: [{ name: 'Søs' }] } })).toBeUndefined();
  });
});
