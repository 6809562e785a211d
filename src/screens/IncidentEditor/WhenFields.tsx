import { deviceTimeZone } from '../../domain/zone';
import { t } from '../../i18n';
import type { EditorForm } from './form';
import { FieldProblem, describedBy } from './FieldProblem';
import { SpelledTime } from './SpelledTime';

interface WhenFieldsProps {
  form: EditorForm;
  problems: Partial<Record<'occurredAt' | 'endedAt', string>>;
  onChange: (patch: Partial<EditorForm>) => void;
}

/**
 * Start (preset to now), the "approximate" flag and an optional end, in the incident's zone (the device's for a new
 * one). A newly typed time drops the summer/winter choice made for the old one, so a repeated time is always asked.
 */
export function WhenFields({ form, problems, onChange }: WhenFieldsProps) {
  const otherZone = form.timeZone !== deviceTimeZone();
  const spelled = (field: 'occurredAt' | 'endedAt') => (
    <SpelledTime
      id={`editor-${field}-spelled`}
      value={form[field]}
      offset={form[`${field}Offset`]}
      timeZone={form.timeZone}
      onPick={(value, offset) => onChange({ [field]: value, [`${field}Offset`]: offset })}
    />
  );
  return (
    <fieldset>
      <legend>{t('editor.when')}</legend>
      <div class="stack">
        {otherZone && <p class="hint muted">{t('editor.time.zone', { zone: form.timeZone })}</p>}
        <div>
          <label for="editor-occurredAt">{t('editor.occurredAt')}</label>
          <input
            id="editor-occurredAt"
            type="datetime-local"
            required
            value={form.occurredAt}
            aria-invalid={problems.occurredAt ? true : undefined}
            aria-describedby={describedBy('occurredAt', problems.occurredAt, 'editor-occurredAt-spelled')}
            onInput={(event) => onChange({ occurredAt: event.currentTarget.value, occurredAtOffset: undefined })}
          />
          {spelled('occurredAt')}
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
              onInput={(event) => onChange({ endedAt: event.currentTarget.value, endedAtOffset: undefined })}
            />
            {form.endedAt && (
              <button type="button" onClick={() => onChange({ endedAt: '', endedAtOffset: undefined })}>{t('editor.clearEnd')}</button>
            )}
          </div>
          {spelled('endedAt')}
          <FieldProblem field="endedAt" message={problems.endedAt} />
        </div>
      </div>
    </fieldset>
  );
}
