import { language } from '../../i18n';
import { formatCalendarDate } from '../../i18n/calendarDates';
import { TextField } from '../../ui/TextField';

interface DateFieldProps {
  label: string;
  /** yyyy-MM-dd, or empty. */
  value: string;
  onInput: (value: string) => void;
  max?: string;
}

/** A date input that repeats the chosen date in words with its weekday, so a mistyped year stands out. */
export function DateField({ label, value, onInput, max }: DateFieldProps) {
  const spelled = value ? formatCalendarDate(value, language.value) : undefined;
  return <TextField type="date" label={label} value={value} onInput={onInput} max={max} hint={spelled} />;
}

/** Today as yyyy-MM-dd in the device's zone. */
export function todayIsoDate(now: number = Date.now()): string {
  const date = new Date(now);
  return [date.getFullYear(), date.getMonth() + 1, date.getDate()].map((part) => String(part).padStart(2, '0')).join('-');
}
