import type { PrivatableField } from '../../domain/types';
import { t } from '../../i18n';

interface PrivateToggleProps {
  field: PrivatableField;
  /** Names the field for screen readers, where the toggle stands apart from its label. */
  fieldLabel: string;
  privateFields: PrivatableField[];
  onChange: (privateFields: PrivatableField[]) => void;
}

/** "Keep out of the police copy" for one field: the person of concern may later read the police file. */
export function PrivateToggle({ field, fieldLabel, privateFields, onChange }: PrivateToggleProps) {
  const checked = privateFields.includes(field);
  return (
    <label class="check private-toggle">
      <input
        type="checkbox"
        checked={checked}
        data-private-field={field}
        onChange={(event) =>
          onChange(event.currentTarget.checked ? [...privateFields, field] : privateFields.filter((other) => other !== field))}
      />
      <span>{t('editor.private')}<span class="visually-hidden"> ({fieldLabel})</span></span>
    </label>
  );
}
