import { useState } from 'preact/hooks';
import { language, t, type MessageKey } from '../../i18n';
import { instantOfReading, readLocalTime } from '../../domain/localTime';
import { formatInstantInZone } from '../../i18n/dates';
import { combinableFields, differences, type Choice, type ComparedField } from './conflict';
import type { EditorForm } from './form';

const labels: Record<ComparedField, MessageKey> = {
  kind: 'editor.kind', occurredAt: 'editor.occurredAt', endedAt: 'editor.endedAt', approximate: 'editor.approximate',
  place: 'editor.place', description: 'editor.description', peopleInvolved: 'editor.peopleInvolved', effect: 'editor.effect',
  witnesses: 'editor.witnesses', police: 'editor.police', keyExample: 'editor.keyExample', privateFields: 'editor.private',
};

function shown(field: ComparedField, form: EditorForm): string {
  const joined = (parts: (string | undefined)[]) => parts.filter(Boolean).join(', ');
  switch (field) {
    case 'kind': return form.kind ? t(`kind.${form.kind}`) : '';
    case 'occurredAt':
    case 'endedAt': {
      const instant = instantOfReading(readLocalTime(form[field], form.timeZone), form[`${field}Offset`], form.timeZone);
      return instant === undefined ? form[field] : formatInstantInZone(instant, language.value, 'dateTime', form.timeZone);
    }
    case 'approximate':
    case 'keyExample': return t(form[field] ? 'form.yes' : 'form.no');
    case 'place': return joined([form.place.text, form.place.latitude === undefined ? undefined : `${form.place.latitude}, ${form.place.longitude}`]);
    case 'witnesses': return form.witnesses.map((witness) => joined([witness.name, witness.contact, witness.note])).join('; ');
    case 'police': return joined([form.police.journalNumber, form.police.officer, form.police.phone]);
    case 'privateFields': return form.privateFields.map((name) => t(labels[name as ComparedField] ?? 'editor.private')).join(', ');
    default: return form[field];
  }
}

interface ConflictViewProps {
  base: EditorForm;
  mine: EditorForm;
  theirs: EditorForm;
  onResolve: (choices: Partial<Record<ComparedField, Choice>>) => void;
}

/** The two versions side by side, field by field; each difference is kept from one side (or both texts), nothing silently. */
export function ConflictView({ base, mine, theirs, onResolve }: ConflictViewProps) {
  const found = differences(base, mine, theirs);
  const [choices, setChoices] = useState(() => Object.fromEntries(found.map(({ field, suggested }) => [field, suggested])) as Partial<Record<ComparedField, Choice>>);
  const value = (id: string, text: string) => <p id={id} class={text ? 'conflict-value' : 'conflict-value muted'}>{text || t('form.empty')}</p>;
  return (
    <section class="conflict" role="alert" aria-labelledby="conflict-title" data-testid="conflict">
      <h2 id="conflict-title">{t('form.conflictTitle')}</h2>
      <p>{t('form.conflictIntro')}</p>
      {found.map(({ field }) => (
        <fieldset key={field} class="conflict-field">
          <legend>{t(labels[field])}</legend>
          <div class="conflict-sides">
            {(['mine', 'theirs'] as const).map((side) => (
              <div key={side} class="conflict-side">
                <label class="check">
                  <input type="radio" name={`conflict-${field}`} checked={choices[field] === side} aria-describedby={`conflict-${field}-${side}`}
                    onChange={() => setChoices({ ...choices, [field]: side })} />
                  <span>{t(side === 'mine' ? 'form.conflictMine' : 'form.conflictTheirs')}</span>
                </label>
                {value(`conflict-${field}-${side}`, shown(field, side === 'mine' ? mine : theirs))}
              </div>
            ))}
          </div>
          {combinableFields.includes(field) && (
            <label class="check">
              <input type="radio" name={`conflict-${field}`} checked={choices[field] === 'both'} onChange={() => setChoices({ ...choices, [field]: 'both' })} />
              <span>{t('form.conflictBoth')}</span>
            </label>
          )}
        </fieldset>
      ))}
      <button type="button" class="primary" onClick={() => onResolve(choices)}>{t('form.conflictSave')}</button>
    </section>
  );
}
