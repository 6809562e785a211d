import type { Language } from '../../i18n/define';
import { formatInstantInZone } from '../../i18n/dates';
import { translate } from '../../i18n/translate';
import { blankIncident } from '../incident';
import type { IncidentInput, Place, TrustedPerson } from '../types';
import { roundedAccuracy } from './position';
import type { AlarmFacts } from './alarmText';

export interface AlarmRecord extends Omit<AlarmFacts, 'practice'> {
  /** The trusted people the text was prepared for (Spor cannot know whether the user pressed send). */
  alerted: Pick<TrustedPerson, 'name' | 'phone'>[];
  /** The text exactly as it was put into the messaging app. */
  text: string;
}

function alarmPlace({ position, timeZone }: AlarmRecord, language: Language): Place {
  if (position.status !== 'found') return { text: translate(language, `alarm.incident.place.${position.status}`) };
  const accuracy = roundedAccuracy(position.accuracyMeters);
  const text = position.lastKnown
    ? translate(language, 'alarm.incident.place.lastKnown', { accuracy, time: formatInstantInZone(position.at, language, 'time', timeZone) })
    : translate(language, 'alarm.incident.place.found', { accuracy });
  return { text, latitude: position.latitude, longitude: position.longitude, accuracyMeters: position.accuracyMeters };
}

/** The log entry every real alarm becomes: its time and position, who the text was prepared for, and the text itself. */
export function alarmIncident(record: AlarmRecord, language: Language): IncidentInput {
  const people = record.alerted.map(({ name, phone }) => `${name} (${phone})`).join(', ');
  const description = [
    translate(language, 'alarm.incident.started'),
    people ? translate(language, 'alarm.incident.alerted', { people }) : translate(language, 'alarm.incident.nobody'),
    '',
    translate(language, 'alarm.incident.text'),
    record.text,
  ].join('\n');
  const blank = blankIncident(record.startedAt, record.timeZone, 'alarm') as IncidentInput;
  // The description names the trusted people and their numbers: out of the police copy unless the user decides
  // otherwise (the stalker may read the police case file). Time, position and the recording stay in it.
  return { ...blank, place: alarmPlace(record, language), description, privateFields: ['description'] };
}
