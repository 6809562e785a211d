import '../../i18n/laterMessages';
import { useEffect, useRef, useState } from 'preact/hooks';
import { getCaseDetails, listPeople } from '../../db';
import type { CaseDetails } from '../../domain/types';
import { t } from '../../i18n';
import { CaseDetailsForm } from './CaseDetailsForm';
import { PersonForm, blankPerson, type PersonInput } from './PersonForm';
import { errorText } from '../../ui/errorText';
import './Case.css';
import { Icon } from '../../ui/Icon';

interface Loaded {
  details: CaseDetails;
  people: { key: number; person: PersonInput }[];
}

/** "Record the case": who the user is, the clear no, restraining orders and the person(s) of concern. */
export default function Case() {
  const [loaded, setLoaded] = useState<Loaded>();
  const [failed, setFailed] = useState<string>();
  const keyCounter = useRef(0);

  useEffect(() => {
    Promise.all([getCaseDetails(), listPeople()])
      .then(([details, people]) => setLoaded({ details, people: people.map((person) => ({ key: keyCounter.current++, person })) }))
      .catch((error: unknown) => setFailed(errorText(error)));
  }, []);

  const setPeople = (change: (people: Loaded['people']) => Loaded['people']) =>
    setLoaded((before) => before && { ...before, people: change(before.people) });

  return (
    <div class="case-screen">
      <h1>{t('case.title')}</h1>
      <p class="muted">{t('case.intro')}</p>
      {failed && <p class="error-box" role="alert">{failed}</p>}
      {!loaded && !failed && <p aria-live="polite">{t('status.loading')}</p>}
      {loaded && (
        <>
          <CaseDetailsForm initial={loaded.details} />
          <section aria-labelledby="case-people" class="stack">
            <h2 id="case-people">{t('case.people.heading')}</h2>
            <p class="muted">{t('case.people.intro')}</p>
            {loaded.people.length === 0 && <p class="muted">{t('case.people.none')}</p>}
            {loaded.people.map(({ key, person }) => (
              <PersonForm key={key} initial={person} onRemoved={() => setPeople((people) => people.filter((entry) => entry.key !== key))} />
            ))}
            <button type="button" onClick={() => setPeople((people) => [...people, { key: keyCounter.current++, person: { ...blankPerson } }])}>
              <Icon name="plus" /> {t('case.person.add')}
            </button>
          </section>
        </>
      )}
    </div>
  );
}
