import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../i18n';
import { Icon } from '../../ui/Icon';

interface ValueListProps {
  legend: string;
  /** Accessible name of entry `number` (1-based), e.g. "Phone number 2". */
  itemLabel: (number: number) => string;
  addLabel: string;
  values: string[];
  onChange: (values: string[]) => void;
  type: 'tel' | 'email' | 'text';
  hint?: string;
}

/** Any number of phone numbers, e-mail addresses or profile names; an empty list shows one blank entry to type in. */
export function ValueList({ legend, itemLabel, addLabel, values, onChange, type, hint }: ValueListProps) {
  const list = useRef<HTMLUListElement>(null);
  const focusIndex = useRef<number>();
  const shown = values.length ? values : [''];

  useEffect(() => {
    if (focusIndex.current === undefined) return;
    list.current?.querySelectorAll('input')[focusIndex.current]?.focus();
    focusIndex.current = undefined;
  });

  const change = (index: number, value: string) => onChange(shown.map((old, at) => (at === index ? value : old)));
  const add = () => {
    focusIndex.current = shown.length;
    onChange([...shown, '']);
  };
  const remove = (index: number) => {
    focusIndex.current = Math.max(0, index - 1);
    onChange(shown.filter((_, at) => at !== index));
  };

  return (
    <fieldset class="value-list">
      <legend>{legend}</legend>
      {hint && <p class="muted field-hint">{hint}</p>}
      <ul ref={list}>
        {shown.map((value, index) => (
          <li key={index} class="value-list-entry">
            <input
              type={type}
              value={value}
              aria-label={itemLabel(index + 1)}
              autoComplete="off"
              inputMode={type === 'tel' ? 'tel' : undefined}
              onInput={(event) => change(index, event.currentTarget.value)}
            />
            {values.length > 0 && (
              <button type="button" onClick={() => remove(index)}>
                {t('action.remove')}
                <span class="visually-hidden"> {itemLabel(index + 1)}</span>
              </button>
            )}
          </li>
        ))}
      </ul>
      <button type="button" class="link" onClick={add}>
        <Icon name="plus" /> {addLabel}
      </button>
    </fieldset>
  );
}

/** Entries as they should be stored: trimmed, blanks dropped. */
export function cleanValues(values: string[]): string[] {
  return values.map((value) => value.trim()).filter(Boolean);
}
