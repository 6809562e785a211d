import { describe, expect, it } from 'vitest';
import '../../../src/i18n/laterMessages';
import { alarmIncident } from '../../../src/domain/alarm/alarmIncident';
import { alarmText } from '../../../src/domain/alarm/alarmText';
import { redactForPolice } from '../../../src/domain/privacy';
import type { Incident } from '../../../src/domain/types';
import { validateIncident } from '../../../src/domain/validation';

const zone = 'Europe/Copenhagen';
const startedAt = Date.UTC(2026, 10, 28, 20, 45, 30); // Saturday 28 November 2026, 21:45 in Copenhagen
const found = { status: 'found', latitude: 55.6759412, longitude: 12.5655339, accuracyMeters: 12.4, at: startedAt, lastKnown: false } as const;

describe('the alarm text', () => {
  it('says in Danish that help is needed now, when (weekday, 24-hour clock), where, how precisely, with a map link', () => {
    expect(alarmText({ startedAt, timeZone: zone, position: found, practice: false }, 'da')).toBe([
      'Jeg har brug for hjælp nu.',
      'Tidspunkt: lørdag 28. november 2026 kl. 21:45',
      'Min position: 55.67594, 12.56553 (nøjagtig inden for ca. 12 m)',
      'Kort: https://www.google.com/maps/search/?api=1&query=55.67594,12.56553',
    ].join('\n'));
  });

  it('says the same in English', () => {
    expect(alarmText({ startedAt, timeZone: zone, position: found, practice: false }, 'en')).toBe([
      'I need help now.',
      'Time: Saturday 28 November 2026, 21:45',
      'My position: 55.67594, 12.56553 (accurate to about 12 m)',
      'Map: https://www.google.com/maps/search/?api=1&query=55.67594,12.56553',
    ].join('\n'));
  });

  it('names a last known position as such, with the time it was taken', () => {
    const lastKnown = { ...found, at: startedAt - 7 * 60_000, lastKnown: true, accuracyMeters: 840 };
    const text = alarmText({ startedAt, timeZone: zone, position: lastKnown, practice: false }, 'da');
    expect(text).toContain('Min sidst kendte position, fra kl. 21:38: 55.67594, 12.56553 (nøjagtig inden for ca. 840 m)');
    expect(text).toContain('Kort: https://www.google.com/maps/');
  });

  it('says plainly when the position was refused or could not be found, and gives no map link', () => {
    const refused = alarmText({ startedAt, timeZone: zone, position: { status: 'refused' }, practice: false }, 'da');
    expect(refused).toBe('Jeg har brug for hjælp nu.\nTidspunkt: lørdag 28. november 2026 kl. 21:45\nMin position kunne ikke sendes: telefonen gav ikke adgang til den.');
    const unavailable = alarmText({ startedAt, timeZone: zone, position: { status: 'unavailable' }, practice: false }, 'en');
    expect(unavailable).toContain('My position could not be found.');
    expect(unavailable).not.toContain('maps');
  });

  it('marks a practice text as a test before anything else', () => {
    const text = alarmText({ startedAt, timeZone: zone, position: found, practice: true }, 'da');
    expect(text.split('\n')[0]).toBe('ØVELSE - dette er kun en test, ikke en rigtig alarm.');
    expect(alarmText({ startedAt, timeZone: zone, position: found, practice: true }, 'en').split('\n')[0]).toContain('PRACTICE');
  });

  it('writes the wall clock of the phone’s zone, in summer time too', () => {
    const summer = Date.UTC(2026, 6, 3, 6, 5); // Friday 3 July 2026, 08:05 in Copenhagen
    expect(alarmText({ startedAt: summer, timeZone: zone, position: { status: 'unavailable' }, practice: false }, 'da'))
      .toContain('Tidspunkt: fredag 3. juli 2026 kl. 08:05');
  });
});

describe('the alarm incident', () => {
  const alerted = [{ name: 'Søs Ærøe', phone: '+45 20 30 40 50' }, { name: 'Bo', phone: '+46 70 123 45 67' }];
  const text = alarmText({ startedAt, timeZone: zone, position: found, practice: false }, 'da');

  it('is of kind alarm, at the alarm’s time, with the position, who the text was for and the text as prepared', () => {
    const incident = alarmIncident({ startedAt, timeZone: zone, position: found, alerted, text }, 'da');
    expect(incident.kind).toBe('alarm');
    expect(incident.occurredAt).toBe(startedAt);
    expect(incident.timeZone).toBe(zone);
    expect(incident.place).toEqual({
      text: 'Position fra telefonen (nøjagtig inden for ca. 12 m)', latitude: 55.6759412, longitude: 12.5655339, accuracyMeters: 12.4,
    });
    expect(incident.description).toBe([
      'Alarmen blev startet i Spor.',
      'Alarmteksten blev gjort klar til: Søs Ærøe (+45 20 30 40 50), Bo (+46 70 123 45 67).',
      '',
      'Teksten, som den blev gjort klar:',
      text,
    ].join('\n'));
    expect(validateIncident(incident, startedAt)).toEqual([]);
    // Who was alerted, with their numbers, stays out of the police copy unless the user decides otherwise.
    expect(incident.privateFields).toEqual(['description']);
    expect(redactForPolice(incident as Incident).description).toBe('');
    expect(redactForPolice(incident as Incident).place.latitude).toBe(55.6759412);
  });

  it('keeps no coordinates when the position was refused, and says why', () => {
    const incident = alarmIncident({ startedAt, timeZone: zone, position: { status: 'refused' }, alerted: [], text: 'x' }, 'en');
    expect(incident.place).toEqual({ text: 'No position: the phone did not allow access to it' });
    expect(incident.description).toContain('No trusted person was chosen to get the alarm text.');
  });

  it('names a last known position in the place', () => {
    const lastKnown = { ...found, at: startedAt - 60_000, lastKnown: true };
    const incident = alarmIncident({ startedAt, timeZone: zone, position: lastKnown, alerted, text }, 'en');
    expect(incident.place.text).toBe('Last known position from the phone, from 21:44 (accurate to about 12 m)');
    expect(incident.place.latitude).toBe(55.6759412);
  });
});
