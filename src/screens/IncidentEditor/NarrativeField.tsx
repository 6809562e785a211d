import { t } from '../../i18n';
import { TextField } from '../../ui/TextField';
import { PrivateToggle } from './PrivateToggle';
import type { SectionProps } from './sectionProps';

const fields = {
  description: { label: 'editor.description', hint: 'editor.descriptionHint', rows: 3 },
  peopleInvolved: { label: 'editor.peopleInvolved', hint: 'editor.peopleInvolvedHint', rows: 3 },
  effect: { label: 'editor.effect', hint: 'editor.effectHint', rows: 3 },
} as const;

/** One of the free-text fields (what happened, people involved, effect on me), with its "keep out of the police copy". */
export function NarrativeField({ field, form, change }: SectionProps & { field: keyof typeof fields }) {
  const { label, hint, rows } = fields[field];
  return (
    <div class="field-group stack">
      <TextField id={`editor-${field}`} label={t(label)} hint={t(hint)} value={form[field]} multiline rows={rows}
        onInput={(value) => change({ [field]: value })} />
      <PrivateToggle field={field} fieldLabel={t(label)} privateFields={form.privateFields} onChange={(privateFields) => change({ privateFields })} />
    </div>
  );
}
