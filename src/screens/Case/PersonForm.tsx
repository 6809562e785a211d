import { useId, useState } from 'preact/hooks';
import { removePerson, savePerson } from '../../db';
import type { PersonOfConcern } from '../../domain/types';
import { t } from '../../i18n';
import { ConfirmRemove } from './ConfirmRemove';
import { TextField } from '../../ui/TextField';
import { PersonPhoto } from './PersonPhoto';
import { SaveBar } from './SaveBar';
import { useSave } from './useSave';
import { errorText } from '../../ui/errorText';
import { ValueList, cleanValues } from './ValueList';

export type PersonInput = Omit<PersonOfConcern, 'id' | 'updatedAt' | 'version'> & { id?: string; version?: number };

export const blankPerson: PersonInput = {
  name: '', relation: '', phones: [], emails: [], profiles: [], vehicle: '', description: '',
};

interface PersonFormProps {
  initial: PersonInput;
  onRemoved: () => void;
}

/** One person of concern with their own Save button; a new person gets an id on the first save. */
export function PersonForm({ initial, onRemoved }: PersonFormProps) {
  const [person, setPerson] = useState(initial);
  const headingId = useId();
  const saving = useSave(async () => {
    const stored = await savePerson({
      ...person,
      phones: cleanValues(person.phones),
      emails: cleanValues(person.emails),
      profiles: cleanValues(person.profiles),
    });
    setPerson((current) => ({ ...current, id: stored.id }));
  });
  const update = (patch: Partial<PersonInput>) => {
    setPerson((before) => ({ ...before, ...patch }));
    saving.changed();
  };
  const remove = async () => {
    try {
      if (person.id) await removePerson(person.id);
      saving.discard();
      onRemoved();
    } catch (error) {
      saving.fail(errorText(error));
    }
  };
  const title = person.name.trim() || t('case.person.unnamed');

  return (
    <section class="card person" aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      <form
        class="stack"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void saving.save();
        }}
      >
        <TextField label={t('case.person.name')} value={person.name} onInput={(name) => update({ name })} />
        <TextField
          label={t('case.person.relation')}
          hint={t('case.person.relation.hint')}
          value={person.relation}
          onInput={(relation) => update({ relation })}
        />
        <ValueList
          type="tel"
          legend={t('case.person.phones')}
          itemLabel={(number) => t('case.person.phone', { number })}
          addLabel={t('case.person.phone.add')}
          values={person.phones}
          onChange={(phones) => update({ phones })}
        />
        <ValueList
          type="email"
          legend={t('case.person.emails')}
          itemLabel={(number) => t('case.person.email', { number })}
          addLabel={t('case.person.email.add')}
          values={person.emails}
          onChange={(emails) => update({ emails })}
        />
        <ValueList
          type="text"
          legend={t('case.person.profiles')}
          hint={t('case.person.profiles.hint')}
          itemLabel={(number) => t('case.person.profile', { number })}
          addLabel={t('case.person.profile.add')}
          values={person.profiles}
          onChange={(profiles) => update({ profiles })}
        />
        <TextField
          label={t('case.person.vehicle')}
          hint={t('case.person.vehicle.hint')}
          value={person.vehicle}
          onInput={(vehicle) => update({ vehicle })}
        />
        <TextField
          multiline
          label={t('case.person.description')}
          hint={t('case.person.description.hint')}
          value={person.description}
          onInput={(description) => update({ description })}
        />
        <PersonPhoto photo={person.photo} name={title} onChange={(photo, photoType) => update({ photo, photoType })} />
        <SaveBar label={t('case.person.save')} state={saving.state} error={saving.error} />
        <ConfirmRemove
          label={t('case.person.remove')}
          question={t('case.person.confirmRemove', { name: title })}
          onConfirm={remove}
        />
      </form>
    </section>
  );
}
