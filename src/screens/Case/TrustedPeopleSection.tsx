import { useRef, useState } from 'preact/hooks';
import { routeHref } from '../../app/router';
import type { TrustedPerson } from '../../domain/types';
import { t } from '../../i18n';
import { Icon } from '../../ui/Icon';
import { TrustedPersonFields } from './TrustedPersonFields';

interface TrustedPeopleSectionProps {
  people: TrustedPerson[];
  onChange: (people: TrustedPerson[]) => void;
  problemFor: (field: string) => string | undefined;
}

const blankTrustedPerson: TrustedPerson = { name: '', phone: '', getsAlarmText: true };

/** The people the alarm text goes to; part of the case record, saved with its Save button. */
export function TrustedPeopleSection({ people, onChange, problemFor }: TrustedPeopleSectionProps) {
  // Stable keys, so that a confirmation open on one person never moves to a neighbour when a row goes.
  const keyCounter = useRef(0);
  const [keys, setKeys] = useState(() => people.map(() => keyCounter.current++));
  return (
    <section aria-labelledby="case-trusted" class="stack">
      <h2 id="case-trusted">{t('trusted.heading')}</h2>
      <p class="muted">{t('trusted.intro')}</p>
      {people.length === 0 && <p class="muted">{t('trusted.none')}</p>}
      {people.map((person, index) => (
        <TrustedPersonFields
          key={keys[index]}
          number={index + 1}
          person={person}
          problemFor={problemFor}
          onChange={(next) => onChange(people.map((old, at) => (at === index ? next : old)))}
          onRemove={() => {
            setKeys((before) => before.filter((_, at) => at !== index));
            onChange(people.filter((_, at) => at !== index));
          }}
        />
      ))}
      <button type="button" onClick={() => {
        setKeys((before) => [...before, keyCounter.current++]);
        onChange([...people, { ...blankTrustedPerson }]);
      }}>
        <Icon name="plus" /> {t('trusted.add')}
      </button>
      <p><a class="button" href={routeHref({ screen: 'alarm', practice: true })}>{t('trusted.practise')}</a></p>
    </section>
  );
}
