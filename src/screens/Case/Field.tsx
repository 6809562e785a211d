import { useId } from 'preact/hooks';

interface FieldProps {
  label: string;
  value: string;
  onInput: (value: string) => void;
  hint?: string;
  multiline?: boolean;
  type?: 'text' | 'date' | 'tel' | 'email';
  autoComplete?: string;
  max?: string;
}

/** A labelled input with an optional hint that screen readers hear with it. */
export function Field({ label, value, onInput, hint, multiline, type = 'text', autoComplete = 'off', max }: FieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const shared = { id, value, autoComplete, 'aria-describedby': hintId };
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {multiline ? (
        <textarea {...shared} rows={4} onInput={(event) => onInput(event.currentTarget.value)} />
      ) : (
        <input {...shared} type={type} max={max} onInput={(event) => onInput(event.currentTarget.value)} />
      )}
      {hint && <p id={hintId} class="muted field-hint">{hint}</p>}
    </div>
  );
}
