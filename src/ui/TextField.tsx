import { useId } from 'preact/hooks';
import './TextField.css';

interface TextFieldProps {
  label: string;
  value: string;
  onInput: (value: string) => void;
  /** Given when a summary or another control must point at the field. */
  id?: string;
  hint?: string;
  /** A validation message: shown above the input, which is marked invalid and described by it (GOV.UK pattern). */
  problem?: string;
  multiline?: boolean;
  rows?: number;
  type?: 'text' | 'tel' | 'email' | 'date';
  autoComplete?: string;
  max?: string;
}

/** The one labelled text input of the app (editor and Case screen): label, hint, problem, then the input. */
export function TextField({
  label, value, onInput, id, hint, problem, multiline = false, rows = 4, type = 'text', autoComplete = 'off', max,
}: TextFieldProps) {
  const generated = useId();
  const fieldId = id ?? generated;
  const hintId = hint ? `${fieldId}-hint` : undefined;
  const problemId = problem ? `${fieldId}-problem` : undefined;
  const shared = {
    id: fieldId,
    value,
    'aria-describedby': [hintId, problemId].filter(Boolean).join(' ') || undefined,
    'aria-invalid': problem ? true : undefined,
    onInput: (event: Event) => onInput((event.currentTarget as HTMLInputElement).value),
  };
  return (
    <div class={problem ? 'text-field text-field-invalid' : 'text-field'}>
      <label for={fieldId}>{label}</label>
      {hint && <p id={hintId} class="muted text-field-hint">{hint}</p>}
      {problem && <p id={problemId} class="error text-field-problem">{problem}</p>}
      {multiline ? <textarea {...shared} rows={rows} /> : <input {...shared} type={type} max={max} autoComplete={autoComplete} />}
    </div>
  );
}
