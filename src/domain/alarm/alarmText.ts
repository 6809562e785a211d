import type { Language } from '../../i18n/define';
import { formatInstantInZone } from '../../i18n/dates';
import { translate } from '../../i18n/translate';
import type { Instant } from '../types';
import { coordinate, mapLink, roundedAccuracy, type AlarmPosition } from './position';

export interface AlarmFacts {
  startedAt: Instant;
  /** The phone's zone: the time in the text is its wall clock. */
  timeZone: string;
  position: AlarmPosition;
  /** A practice run: the text says plainly, first, that it is a test. */
  practice: boolean;
}

/** The sentence about the position: coordinates with accuracy, or why there are none. */
function positionSentence(position: AlarmPosition, language: Language, timeZone: string): string {
  if (position.status !== 'found') return translate(language, `alarm.text.${position.status}`);
  const params = {
    latitude: coordinate(position.latitude), longitude: coordinate(position.longitude), accuracy: roundedAccuracy(position.accuracyMeters),
    time: formatInstantInZone(position.at, language, 'time', timeZone),
  };
  return translate(language, position.lastKnown ? 'alarm.text.lastKnown' : 'alarm.text.position', params);
}

/**
 * The alarm text, as the user's messaging app will show it prefilled: that they need help now, when (absolute, with
 * weekday), where (coordinates, accuracy and a map link) or why the position is missing.
 */
export function alarmText({ startedAt, timeZone, position, practice }: AlarmFacts, language: Language): string {
  return [
    practice && translate(language, 'alarm.text.practice'),
    translate(language, 'alarm.text.help'),
    translate(language, 'alarm.text.time', { time: formatInstantInZone(startedAt, language, 'dateTime', timeZone) }),
    positionSentence(position, language, timeZone),
    position.status === 'found' && translate(language, 'alarm.text.map', { link: mapLink(position.latitude, position.longitude) }),
  ].filter(Boolean).join('\n');
}
