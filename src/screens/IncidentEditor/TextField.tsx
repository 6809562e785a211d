import type { MessageKey } from '../../i18n';
import { t } from '../../i18n';

interface TextFieldProps {
  id: string;
  label: MessageKey;
  hint?: MessageKey;
  value: string;
  multiline?: boolean;
  rows?: number;
  type?: 'text' | 'tel';
  autoComplete?: string;
  onChange: (value: string) => void;
}

/** A labelled text input or textarea with an optional hint read out with it. */
export function TextField({ id, label, hint, value, multiline = false, rows = 4, type = 'text', autoComplete = 'off', onChange }: TextFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div>
      <label for={id}>{t(label)}</label>
      {hint && <p id={hintId} class="muted hint">{t(hint)}</p>}
      {multiline ? (
        <textarea id={id} rows={rows} value={value} aria-describedby={hintId} onInput={(event) => onChange(event.currentTarget.value)} />
      ) : (
        <input id={id} type={type} value={value} autoComplete={autoComplete} aria-describedby={hintId} onInput={(event) => onChange(event.currentTarget.value)} />
      )}
    </div>
  );
}
