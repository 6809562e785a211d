import { blankWitness } from '../../domain/incident';
import type { Witness } from '../../domain/types';
import { t } from '../../i18n';
import { Icon } from '../../ui/Icon';
import { TextField } from '../../ui/TextField';

interface WitnessListProps {
  witnesses: Witness[];
  /** Set when a witness has a contact or note but no name: shown on each such name field. */
  problem?: string;
  onChange: (witnesses: Witness[]) => void;
}

/** Id of the first witness name that is missing, for the error summary's link. */
export function firstMissingWitnessName(witnesses: Witness[]): string {
  const index = witnesses.findIndex((witness) => !witness.name.trim() && (witness.contact.trim() || witness.note.trim()));
  return `editor-witness-${Math.max(0, index)}-name`;
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
      {witnesses.map((witness, index) => {
        const id = `editor-witness-${index}`;
        const nameMissing = !witness.name.trim() && (witness.contact.trim() || witness.note.trim());
        return (
          <fieldset key={index} class="witness">
            <legend>{t('editor.witness', { number: index + 1 })}</legend>
            <div class="stack">
              <TextField id={`${id}-name`} label={t('editor.witnessName')} value={witness.name} problem={nameMissing ? problem : undefined}
                onInput={(name) => change(index, { name })} />
              <TextField id={`${id}-contact`} label={t('editor.witnessContact')} value={witness.contact} onInput={(contact) => change(index, { contact })} />
              <TextField id={`${id}-note`} label={t('editor.witnessNote')} value={witness.note} multiline rows={2} onInput={(note) => change(index, { note })} />
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
