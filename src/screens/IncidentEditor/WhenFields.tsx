import { t } from '../../i18n';
import type { EditorForm } from './form';
import { FieldProblem, describedBy } from './FieldProblem';
import { SpelledTime } from './SpelledTime';

interface WhenFieldsProps {
  form: EditorForm;
  problems: Partial<Record<'occurredAt' | 'endedAt', string>>;
  onChange: (patch: Partial<EditorForm>) => void;
}

/** Start (preset to now), the "approximate" flag and an optional end, all in the device's local time. */
export function WhenFields({ form, problems, onChange }: WhenFieldsProps) {
  return (
    <fieldset>
      <legend>{t('editor.when')}</legend>
      <div class="stack">
        <div>
          <label for="editor-occurredAt">{t('editor.occurredAt')}</label>
          <input
            id="editor-occurredAt"
            type="datetime-local"
            required
            value={form.occurredAt}
            aria-invalid={problems.occurredAt ? true : undefined}
            aria-describedby={describedBy('occurredAt', problems.occurredAt, 'editor-occurredAt-spelled')}
            onInput={(event) => onChange({ occurredAt: event.currentTarget.value })}
          />
          <SpelledTime id="editor-occurredAt-spelled" value={form.occurredAt} />
          <FieldProblem field="occurredAt" message={problems.occurredAt} />
        </div>
        <label class="check">
          <input type="checkbox" checked={form.approximate} onChange={(event) => onChange({ approximate: event.currentTarget.checked })} />
          <span>{t('editor.approximate')}</span>
        </label>
        <div>
          <label for="editor-endedAt">{t('editor.endedAt')}</label>
          <div class="input-with-action">
            <input
              id="editor-endedAt"
              type="datetime-local"
              value={form.endedAt}
              aria-invalid={problems.endedAt ? true : undefined}
              aria-describedby={describedBy('endedAt', problems.endedAt, form.endedAt ? 'editor-endedAt-spelled' : undefined)}
              onInput={(event) => onChange({ endedAt: event.currentTarget.value })}
            />
            {form.endedAt && (
              <button type="button" onClick={() => onChange({ endedAt: '' })}>{t('editor.clearEnd')}</button>
            )}
          </div>
          <SpelledTime id="editor-endedAt-spelled" value={form.endedAt} />
          <FieldProblem field="endedAt" message={problems.endedAt} />
        </div>
      </div>
    </fieldset>
  );
}
