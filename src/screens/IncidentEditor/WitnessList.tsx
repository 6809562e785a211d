import { blankWitness } from '../../domain/incident';
import type { Witness } from '../../domain/types';
import { t } from '../../i18n';
import { FieldProblem, describedBy } from './FieldProblem';
import { Icon } from '../../ui/Icon';

interface WitnessListProps {
  witnesses: Witness[];
  problem?: string;
  onChange: (witnesses: Witness[]) => void;
}

/** Any number of witnesses, each with a name, a phone or e-mail and a note. */
export function WitnessList({ witnesses, problem, onChange }: WitnessListProps) {
  const change = (index: number, patch: Partial<Witness>) =>
    onChange(witnesses.map((witness, at) => (at === index ? { ...witness, ...patch } : witness)));
  const add = (index: number) => {
    onChange([...witnesses, blankWitness()]);
    // After the re-render, put the cursor in the new witness's name.
    setTimeout(() => document.getElementById(`editor-witness-${index}-name`)?.focus(), 0);
  };
  return (
    <div class="stack witness-list">
      <FieldProblem field="witnesses" message={problem} />
      {witnesses.map((witness, index) => {
        const id = `editor-witness-${index}`;
        const nameMissing = problem && !witness.name.trim();
        return (
          <fieldset key={index} class="witness">
            <legend>{t('editor.witness', { number: index + 1 })}</legend>
            <div class="stack">
              <div>
                <label for={`${id}-name`}>{t('editor.witnessName')}</label>
                <input
                  id={`${id}-name`}
                  value={witness.name}
                  autoComplete="off"
                  aria-invalid={nameMissing ? true : undefined}
                  aria-describedby={nameMissing ? describedBy('witnesses', problem) : undefined}
                  onInput={(event) => change(index, { name: event.currentTarget.value })}
                />
              </div>
              <div>
                <label for={`${id}-contact`}>{t('editor.witnessContact')}</label>
                <input id={`${id}-contact`} value={witness.contact} autoComplete="off" onInput={(event) => change(index, { contact: event.currentTarget.value })} />
              </div>
              <div>
                <label for={`${id}-note`}>{t('editor.witnessNote')}</label>
                <textarea id={`${id}-note`} rows={2} value={witness.note} onInput={(event) => change(index, { note: event.currentTarget.value })} />
              </div>
              <button type="button" onClick={() => onChange(witnesses.filter((_, at) => at !== index))}>
                {t('editor.removeWitness', { number: index + 1 })}
              </button>
            </div>
          </fieldset>
        );
      })}
      <button type="button" onClick={() => add(witnesses.length)}>
        <Icon name="plus" /> {t('editor.addWitness')}
      </button>
    </div>
  );
}
