import { incidentKinds, type IncidentKind } from '../../domain/kinds';
import { t } from '../../i18n';
import { FieldProblem, describedBy } from './FieldProblem';

interface KindPickerProps {
  value?: IncidentKind;
  problem?: string;
  onChange: (kind: IncidentKind) => void;
}

// The kinds most people log most often come first, so the quick path fits one screen; the rest are one tap away.
const commonKinds: readonly IncidentKind[] = ['call', 'message', 'following', 'threat'];
const otherKinds = incidentKinds.filter((kind) => !commonKinds.includes(kind));

/** The kinds as large radio tiles: one tap, no menu to open; the less common behind "More kinds". */
export function KindPicker({ value, problem, onChange }: KindPickerProps) {
  const tile = (kind: IncidentKind) => (
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
  );
  return (
    <fieldset class="kind-picker" aria-describedby={describedBy('kind', problem)}>
      <legend>{t('editor.kind')}</legend>
      <FieldProblem field="kind" message={problem} />
      <div class="kind-grid">{commonKinds.map(tile)}</div>
      <details class="more-kinds" open={value !== undefined && otherKinds.includes(value)}>
        <summary>{t('editor.moreKinds', { count: otherKinds.length })}</summary>
        <div class="kind-grid">{otherKinds.map(tile)}</div>
      </details>
    </fieldset>
  );
}
