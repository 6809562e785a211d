import { useRef, useState } from 'preact/hooks';
import { saveCaseDetails, type DraftAddress, type Problem } from '../../db';
import { todayIsoDate, validateCaseDetails, type CaseProblem } from '../../domain/caseValidation';
import type { CaseDetails, RestrainingOrder } from '../../domain/types';
import { t } from '../../i18n';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { Icon } from '../../ui/Icon';
import { StorageTrouble } from '../../ui/StorageTrouble';
import { TextField } from '../../ui/TextField';
import { DateField } from './DateField';
import { DraftNotice } from './DraftNotice';
import { RecordConflict } from './RecordConflict';
import { RecordSaveBar } from './RecordSaveBar';
import { RestrainingOrderFields } from './RestrainingOrderFields';
import { TrustedPeopleSection } from './TrustedPeopleSection';
import { useRecordForm, type RecordDraft } from './useRecordForm';

export type CaseInput = Omit<CaseDetails, 'updatedAt' | 'version'>;

const blankOrder: RestrainingOrder = { issuedOn: '', expiresOn: '', journalNumber: '', note: '' };

interface CaseDetailsFormProps {
  initial: CaseDetails;
  address: DraftAddress;
  restored?: { value: RecordDraft<CaseInput>; savedAt: number };
}

const problemText = (problem: Problem) => t(problem.message as CaseProblem['message'], problem.params);

/** The user's own name, the clear no and the restraining orders: kept as a draft as typed, saved with one button. */
export function CaseDetailsForm({ initial, address, restored }: CaseDetailsFormProps) {
  const { updatedAt: _updatedAt, version, ...values } = initial;
  const form = useRecordForm<CaseInput, CaseDetails>({
    address, initial: values, baseVersion: version, restored,
    validate: (details) => validateCaseDetails(details),
    write: (details, baseVersion) => saveCaseDetails(details, Date.now(), baseVersion),
  });
  const details = form.value;
  // Stable keys, so that a confirmation open on one order never moves to its neighbour when a row goes.
  const keyCounter = useRef(0);
  const [orderKeys, setOrderKeys] = useState(() => details.restrainingOrders.map(() => keyCounter.current++));
  const problemFor = (field: string) => {
    const found = form.problems.find((problem) => problem.field === field);
    return found && problemText(found);
  };
  const setOrders = (change: (orders: RestrainingOrder[]) => RestrainingOrder[]) => form.update({ restrainingOrders: change(details.restrainingOrders) });

  return (
    <form class="case-details" noValidate onSubmit={(event) => {
      event.preventDefault();
      void form.save();
    }}>
      <ErrorSummary entries={form.problems.map((problem) => ({ target: problem.field, text: problemText(problem) }))} />
      <DraftNotice restoredAt={form.restoredAt} />
      <StorageTrouble save={form.state} draft={form.draft} asText={() => caseAsText(details)} />
      {form.state.name === 'conflict' && <RecordConflict onKeepMine={form.keepMine} />}
      <section aria-labelledby="case-you">
        <h2 id="case-you">{t('case.you.heading')}</h2>
        <TextField label={t('case.ownName')} value={details.ownName} autoComplete="name" onInput={(ownName) => form.update({ ownName })} />
      </section>

      <section aria-labelledby="case-clear-no" class="stack">
        <h2 id="case-clear-no">{t('case.clearNo.heading')}</h2>
        <p class="muted">{t('case.clearNo.why')}</p>
        <DateField id="case-clearNoDate" label={t('case.clearNoDate')} value={details.clearNoDate} max={todayIsoDate()}
          problem={problemFor('case-clearNoDate')} onInput={(clearNoDate) => form.update({ clearNoDate })} />
        <TextField label={t('case.clearNoNote')} hint={t('case.clearNoNote.hint')} value={details.clearNoNote}
          onInput={(clearNoNote) => form.update({ clearNoNote })} />
      </section>

      <section aria-labelledby="case-orders" class="stack">
        <h2 id="case-orders">{t('case.orders.heading')}</h2>
        {details.restrainingOrders.length === 0 && <p class="muted">{t('case.orders.none')}</p>}
        {details.restrainingOrders.map((order, index) => (
          <RestrainingOrderFields
            key={orderKeys[index]}
            number={index + 1}
            order={order}
            expiryProblem={problemFor(`case-order-${index + 1}-expiresOn`)}
            onChange={(next) => setOrders((orders) => orders.map((old, at) => (at === index ? next : old)))}
            onRemove={() => {
              setOrderKeys((keys) => keys.filter((_, at) => at !== index));
              setOrders((orders) => orders.filter((_, at) => at !== index));
            }}
          />
        ))}
        <button type="button" onClick={() => {
          setOrderKeys((keys) => [...keys, keyCounter.current++]);
          setOrders((orders) => [...orders, { ...blankOrder }]);
        }}>
          <Icon name="plus" /> {t('case.order.add')}
        </button>
      </section>

      <TrustedPeopleSection people={details.trustedPeople ?? []} problemFor={problemFor}
        onChange={(trustedPeople) => form.update({ trustedPeople })} />

      <RecordSaveBar label={t('case.details.save')} state={form.state} draft={form.draft} unsaved={form.unsaved} />
    </form>
  );
}

function caseAsText(details: CaseInput): string {
  return [
    details.ownName && `${t('case.ownName')}: ${details.ownName}`,
    details.clearNoDate && `${t('case.clearNoDate')}: ${details.clearNoDate}`,
    details.clearNoNote && `${t('case.clearNoNote')}: ${details.clearNoNote}`,
    ...details.restrainingOrders.map((order, index) =>
      `${t('case.order.legend', { number: index + 1 })}: ${[order.issuedOn, order.expiresOn, order.journalNumber, order.note].filter(Boolean).join(', ')}`),
    ...(details.trustedPeople ?? []).map((person, index) => `${t('trusted.legend', { number: index + 1 })}: ${person.name}, ${person.phone}`),
  ].filter(Boolean).join('\n');
}
