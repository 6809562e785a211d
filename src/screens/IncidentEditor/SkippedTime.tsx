import { localTimeText } from '../../domain/localTime';
import type { Instant } from '../../domain/types';
import { offsetAt, zonedDate } from '../../domain/zone';
import { language, t } from '../../i18n';
import { formatDate, formatWithOffset } from '../../i18n/dates';

interface SkippedTimeProps {
  id: string;
  /** The last minute before the clocks jumped, and the first after. */
  before: Instant;
  after: Instant;
  value: string;
  timeZone: string;
  onPick: (value: string) => void;
}

/** The hour the clocks skip: says the typed time never existed and offers the times on either side; nothing is moved. */
export function SkippedTime({ id, before, after, value, timeZone, onPick }: SkippedTimeProps) {
  const lang = language.value;
  // The wall clock one minute after `before`, on the old offset: the first time that never came (02:00).
  const gapStart = new Date(before + offsetAt(before, timeZone) + 60_000).toISOString().slice(11, 16);
  return (
    <div class="time-choice">
      <p id={id} role="status">
        {t('editor.time.skipped', {
          time: value.slice(11, 16),
          date: formatDate(zonedDate(after, timeZone), lang, 'date'),
          gapStart,
          gapEnd: formatDate(zonedDate(after, timeZone), lang, 'time'),
        })}
      </p>
      <div class="stack">
        {[before, after].map((instant) => (
          <button type="button" key={instant} onClick={() => onPick(localTimeText(instant, timeZone))}>
            {t('editor.time.use', { time: formatWithOffset(instant, timeZone, lang, 'time', true) })}
          </button>
        ))}
      </div>
    </div>
  );
}
