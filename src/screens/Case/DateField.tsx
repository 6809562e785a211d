import { isPlausibleYear, readDay } from '../../domain/days';
import { language, t } from '../../i18n';
import { formatCalendarDate } from '../../i18n/calendarDates';
import { TextField } from '../../ui/TextField';

interface DateFieldProps {
  label: string;
  /** yyyy-MM-dd, or empty. */
  value: string;
  onInput: (value: string) => void;
  id?: string;
  problem?: string;
  max?: string;
}

/** A date input that repeats the chosen date in words with its weekday, so a mistyped year stands out (and says so). */
export function DateField({ label, value, onInput, id, problem, max }: DateFieldProps) {
  const day = value ? readDay(value) : undefined;
  const spelled = day && !isPlausibleYear(day.getFullYear())
    ? t('time.yearImplausible', { year: value.slice(0, 4) })
    : value ? formatCalendarDate(value, language.value) : undefined;
  return <TextField type="date" id={id} label={label} value={value} onInput={onInput} max={max} hint={spelled} problem={problem} />;
}
