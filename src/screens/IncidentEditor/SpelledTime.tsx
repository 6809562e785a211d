import { deviceTimeZone } from '../../domain/zone';
import { instantOfReading, readLocalTime } from '../../domain/localTime';
import { language, t } from '../../i18n';
import { formatZonedTime } from '../../i18n/dates';
import { RepeatedTimeChoice } from './RepeatedTimeChoice';
import { SkippedTime } from './SkippedTime';

export interface SpelledTimeProps {
  id: string;
  /** The datetime-local text, read in `timeZone`. */
  value: string;
  offset?: number;
  timeZone: string;
  /** A time picked from the choices: its text, and its offset when that text happened twice. */
  onPick: (value: string, offset?: number) => void;
}

/**
 * Says what the typed time means, in words with weekday and 24-hour time (browsers show these inputs their own way):
 * one instant, a choice between two when the clocks went back, the times either side when they skipped it.
 */
export function SpelledTime({ id, value, offset, timeZone, onPick }: SpelledTimeProps) {
  const reading = readLocalTime(value, timeZone);
  const lang = language.value;
  if (reading.kind === 'implausibleYear') {
    return <p id={id} class="hint error">{t('time.yearImplausible', { year: value.slice(0, 4) })}</p>;
  }
  if (reading.kind === 'skipped') return <SkippedTime id={id} before={reading.before} after={reading.after} value={value} timeZone={timeZone} onPick={onPick} />;
  const instant = instantOfReading(reading, offset, timeZone);
  if (reading.kind === 'repeated') {
    return <RepeatedTimeChoice id={id} instants={reading.instants} chosen={instant} value={value} timeZone={timeZone} onPick={onPick} />;
  }
  return instant === undefined ? null : <p id={id} class="hint muted">{formatZonedTime(instant, timeZone, deviceTimeZone(), lang, 'dateTime')}</p>;
}
