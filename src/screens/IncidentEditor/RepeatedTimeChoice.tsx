import type { Instant } from '../../domain/types';
import { offsetAt, zonedDate } from '../../domain/zone';
import { language, t } from '../../i18n';
import { formatDate, formatWithOffset } from '../../i18n/dates';

interface RepeatedTimeChoiceProps {
  id: string;
  /** The two instants the clocks showed this local time, earlier first. */
  instants: [Instant, Instant];
  chosen?: Instant;
  value: string;
  timeZone: string;
  onPick: (value: string, offset: number) => void;
}

/** The hour the clocks go back: asks which of the two times is meant, named by summer or winter time and offset. */
export function RepeatedTimeChoice({ id, instants, chosen, value, timeZone, onPick }: RepeatedTimeChoiceProps) {
  const lang = language.value;
  const [first] = instants;
  const question = t('editor.time.repeated', {
    time: formatDate(zonedDate(first, timeZone), lang, 'time'),
    date: formatDate(zonedDate(first, timeZone), lang, 'date'),
  });
  return (
    <div class="time-choice" role="radiogroup" aria-labelledby={id}>
      <p id={id}>{question}</p>
      {instants.map((instant, index) => (
        <label class="kind-tile" key={instant}>
          <input
            type="radio"
            name={`${id}-choice`}
            checked={chosen === instant}
            onChange={() => onPick(value, offsetAt(instant, timeZone))}
          />
          <span>{t(index === 0 ? 'editor.time.first' : 'editor.time.second', { time: formatWithOffset(instant, timeZone, lang, 'time', true) })}</span>
        </label>
      ))}
    </div>
  );
}
