import { incidentKinds, type IncidentKind } from '../../domain/kinds';
import { t } from '../../i18n';
import { FieldProblem, describedBy } from './FieldProblem';

interface KindPickerProps {
  value?: IncidentKind;
  problem?: string;
  onChange: (kind: IncidentKind) => void;
}

/** All kinds as large radio tiles: one tap, no menu to open. */
export function KindPicker({ value, problem, onChange }: KindPickerProps) {
  return (
    <fieldset class="kind-picker" aria-describedby={describedBy('kind', problem)}>
      <legend>{t('editor.kind')}</legend>
      <FieldProblem field="kind" message={problem} />
      <div class="kind-grid">
        {incidentKinds.map((kind) => (
          <label key={kind} class="kind-tile">
            <input
              type="radio"
              name="kind"
              value={kind}
              id={`editor-kind-${kind}`}
              checked={value === kind}
              aria-invalid={problem ? true : undefined}
              onChange={() => onChange(kind)}
            />
            <span>{t(`kind.${kind}`)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
