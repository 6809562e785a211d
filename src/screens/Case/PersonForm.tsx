import { useId, useState } from 'preact/hooks';
import { removePerson, savePerson, type DraftAddress, type PersonSave } from '../../db';
import type { PersonOfConcern } from '../../domain/types';
import { t } from '../../i18n';
import { saveReason } from '../../ui/saveReason';
import { StorageTrouble } from '../../ui/StorageTrouble';
import { TextField } from '../../ui/TextField';
import { ConfirmRemove } from './ConfirmRemove';
import { DraftNotice } from './DraftNotice';
import { PersonPhoto } from './PersonPhoto';
import { RecordConflict } from './RecordConflict';
import { RecordSaveBar } from './RecordSaveBar';
import { useRecordForm, type RecordDraft } from './useRecordForm';
import { ValueList, cleanValues } from './ValueList';

/** A person as the form holds it: the id is chosen when the form is added, so its draft knows whom it is about. */
export type PersonInput = PersonSave & { id: string };

export function blankPerson(): PersonInput {
  return { id: crypto.randomUUID(), name: '', relation: '', phones: [], emails: [], profiles: [], vehicle: '', description: '' };
}

export const personSubject = (id: string) => `person:${id}`;

interface PersonFormProps {
  initial: PersonInput;
  /** 0 while the person is not stored yet. */
  version: number;
  address: DraftAddress;
  restored?: { value: RecordDraft<PersonInput>; savedAt: number };
  onRemoved: () => void;
}

/** One person of concern, kept as a draft as typed and saved with their own Save button. */
export function PersonForm({ initial, version, address, restored, onRemoved }: PersonFormProps) {
  const headingId = useId();
  const [removeFailed, setRemoveFailed] = useState<string>();
  const form = useRecordForm<PersonInput, PersonOfConcern>({
    address, initial, baseVersion: version, restored,
    validate: () => [],
    write: (person, baseVersion) => savePerson({
      ...person, phones: cleanValues(person.phones), emails: cleanValues(person.emails), profiles: cleanValues(person.profiles),
    }, Date.now(), baseVersion),
  });
  const person = form.value;
  const update = form.update;
  const remove = async () => {
    try {
      await removePerson(person.id);
      await form.forget();
      onRemoved();
    } catch (error) {
      setRemoveFailed(saveReason(error));
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
          void form.save();
        }}
      >
        <DraftNotice restoredAt={form.restoredAt} />
        <StorageTrouble save={form.state} draft={form.draft} asText={() => personAsText(person)} />
        {form.state.name === 'conflict' && <RecordConflict onKeepMine={form.keepMine} />}
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
        <RecordSaveBar label={t('case.person.save')} state={form.state} draft={form.draft} unsaved={form.unsaved} />
        {removeFailed && <p class="error-box" role="alert">{t('form.saveFailed', { reason: removeFailed })}</p>}
        <ConfirmRemove
          label={t('case.person.remove')}
          question={t('case.person.confirmRemove', { name: title })}
          onConfirm={remove}
        />
      </form>
    </section>
  );
}

function personAsText(person: PersonInput): string {
  return [person.name, person.relation, ...person.phones, ...person.emails, ...person.profiles, person.vehicle, person.description]
    .filter((value) => value.trim()).join('\n');
}
