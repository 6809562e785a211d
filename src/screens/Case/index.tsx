import '../../i18n/laterMessages';
import { useEffect, useRef, useState } from 'preact/hooks';
import { claimDrafts } from '../../app/claimDrafts';
import { editorSession } from '../../app/editorSession';
import { getCaseDetails, listPeople, loadDraft, type DraftAddress } from '../../db';
import type { CaseDetails } from '../../domain/types';
import { t } from '../../i18n';
import { errorText } from '../../ui/errorText';
import { Icon } from '../../ui/Icon';
import { CaseDetailsForm, type CaseInput } from './CaseDetailsForm';
import { PersonForm, blankPerson, personSubject, type PersonInput } from './PersonForm';
import type { RecordDraft } from './useRecordForm';
import './Case.css';

type Restored<Value> = { value: RecordDraft<Value>; savedAt: number } | undefined;

interface PersonEntry {
  key: number;
  person: PersonInput;
  version: number;
  restored?: Restored<PersonInput>;
}

interface Loaded {
  session: string;
  details: CaseDetails;
  restoredDetails?: Restored<CaseInput>;
  people: PersonEntry[];
}

const caseAddress = (session: string): DraftAddress => ({ session, subject: 'case' });

/** The case record, its people, and this tab's drafts of them (its own, or adopted from a tab that has closed). */
async function loadCase(nextKey: () => number): Promise<Loaded> {
  const session = await editorSession();
  const [details, stored, caseDrafts, personDrafts] = await Promise.all([
    getCaseDetails(), listPeople(), claimDrafts(session, 'case', 1), claimDrafts(session, 'person:'),
  ]);
  const restoredDetails = caseDrafts.length ? await loadDraft<RecordDraft<CaseInput>>(caseAddress(session), 'record') : undefined;
  const drafts = new Map<string, Restored<PersonInput>>();
  for (const address of personDrafts) drafts.set(address.subject, await loadDraft<RecordDraft<PersonInput>>(address, 'record'));
  const people: PersonEntry[] = stored.map(({ updatedAt: _updatedAt, version, ...person }) => ({
    key: nextKey(), person, version, restored: drafts.get(personSubject(person.id)),
  }));
  // Drafts of people never saved: added here before the app was closed.
  for (const [subject, restored] of drafts) {
    if (restored && !stored.some((person) => personSubject(person.id) === subject)) {
      people.push({ key: nextKey(), person: restored.value.value, version: 0, restored });
    }
  }
  return { session, details, restoredDetails, people };
}

/** "Record the case": who the user is, the clear no, restraining orders and the person(s) of concern. */
export default function Case() {
  const [loaded, setLoaded] = useState<Loaded>();
  const [failed, setFailed] = useState<string>();
  const keyCounter = useRef(0);
  const nextKey = () => keyCounter.current++;

  useEffect(() => {
    loadCase(nextKey).then(setLoaded, (error: unknown) => setFailed(errorText(error)));
  }, []);

  const setPeople = (change: (people: PersonEntry[]) => PersonEntry[]) =>
    setLoaded((before) => before && { ...before, people: change(before.people) });

  return (
    <div class="case-screen">
      <h1>{t('case.title')}</h1>
      <p class="muted">{t('case.intro')}</p>
      {failed && <p class="error-box" role="alert">{failed}</p>}
      {!loaded && !failed && <p aria-live="polite">{t('status.loading')}</p>}
      {loaded && (
        <>
          <CaseDetailsForm initial={loaded.details} address={caseAddress(loaded.session)} restored={loaded.restoredDetails} />
          <section aria-labelledby="case-people" class="stack">
            <h2 id="case-people">{t('case.people.heading')}</h2>
            <p class="muted">{t('case.people.intro')}</p>
            {loaded.people.length === 0 && <p class="muted">{t('case.people.none')}</p>}
            {loaded.people.map(({ key, person, version, restored }) => (
              <PersonForm key={key} initial={person} version={version} restored={restored}
                address={{ session: loaded.session, subject: personSubject(person.id) }}
                onRemoved={() => setPeople((people) => people.filter((entry) => entry.key !== key))} />
            ))}
            <button type="button" onClick={() => setPeople((people) => [...people, { key: nextKey(), person: blankPerson(), version: 0 }])}>
              <Icon name="plus" /> {t('case.person.add')}
            </button>
          </section>
        </>
      )}
    </div>
  );
}
