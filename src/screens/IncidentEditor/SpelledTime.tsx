import { language } from '../../i18n';
import { formatInstant, fromLocalInputValue } from '../../i18n/dates';

/** Repeats a datetime-local value in words with weekday and 24-hour time: browsers show these inputs in their own format. */
export function SpelledTime({ id, value }: { id: string; value: string }) {
  const instant = fromLocalInputValue(value);
  return instant === undefined ? null : <p id={id} class="hint muted">{formatInstant(instant, language.value, 'dateTime')}</p>;
}
