import type { TrustedPerson } from '../../domain/types';
import { t } from '../../i18n';
import { TextField } from '../../ui/TextField';
import { ConfirmRemove } from './ConfirmRemove';

interface TrustedPersonFieldsProps {
  number: number;
  person: TrustedPerson;
  onChange: (person: TrustedPerson) => void;
  onRemove: () => void;
  problemFor: (field: string) => string | undefined;
}

/** One trusted person: name, mobile number and whether the alarm text goes to them. */
export function TrustedPersonFields({ number, person, onChange, onRemove, problemFor }: TrustedPersonFieldsProps) {
  const id = (part: string) => `case-trusted-${number}-${part}`;
  return (
    <fieldset class="trusted-person stack">
      <legend>{t('trusted.legend', { number })}</legend>
      <TextField id={id('name')} label={t('trusted.name')} value={person.name} problem={problemFor(id('name'))}
        onInput={(name) => onChange({ ...person, name })} />
      <TextField id={id('phone')} type="tel" autoComplete="off" label={t('trusted.phone')} hint={t('trusted.phone.hint')}
        value={person.phone} problem={problemFor(id('phone'))} onInput={(phone) => onChange({ ...person, phone })} />
      <label class="check">
        <input type="checkbox" checked={person.getsAlarmText}
          onChange={(event) => onChange({ ...person, getsAlarmText: (event.currentTarget as HTMLInputElement).checked })} />
        {t('trusted.getsAlarmText')}
      </label>
      <ConfirmRemove label={t('trusted.remove', { number })} question={t('trusted.confirmRemove', { number })} onConfirm={onRemove} />
    </fieldset>
  );
}
