import { useRef, useState } from 'preact/hooks';
import { saveCaseDetails } from '../../db';
import type { CaseDetails, RestrainingOrder } from '../../domain/types';
import { t } from '../../i18n';
import { DateField, todayIsoDate } from './DateField';
import { TextField } from '../../ui/TextField';
import { RestrainingOrderFields, restrainingOrderProblem } from './RestrainingOrderFields';
import { SaveBar } from './SaveBar';
import { useSave } from './useSave';
import { Icon } from '../../ui/Icon';

const blankOrder: RestrainingOrder = { issuedOn: '', expiresOn: '', journalNumber: '', note: '' };

/** The user's own name, the clear no and the restraining orders: saved together with one button. */
export function CaseDetailsForm({ initial }: { initial: CaseDetails }) {
  const [details, setDetails] = useState(initial);
  // Stable keys, so that a confirmation open on one order never moves to its neighbour when a row goes.
  const keyCounter = useRef(0);
  const [orderKeys, setOrderKeys] = useState(() => initial.restrainingOrders.map(() => keyCounter.current++));
  const saving = useSave(async () => {
    const { updatedAt: _updatedAt, ...input } = details;
    await saveCaseDetails(input);
  });
  const today = todayIsoDate();

  const update = (patch: Partial<CaseDetails>) => {
    setDetails((before) => ({ ...before, ...patch }));
    saving.changed();
  };
  const setOrders = (change: (orders: RestrainingOrder[]) => RestrainingOrder[]) =>
    update({ restrainingOrders: change(details.restrainingOrders) });

  const addOrder = () => {
    setOrderKeys((keys) => [...keys, keyCounter.current++]);
    setOrders((orders) => [...orders, { ...blankOrder }]);
  };

  const submit = (event: Event) => {
    event.preventDefault();
    const problem = details.clearNoDate > today ? t('case.error.clearNoInFuture') : restrainingOrderProblem(details.restrainingOrders);
    if (problem) saving.fail(problem);
    else void saving.save();
  };

  return (
    <form class="case-details" onSubmit={submit} noValidate>
      <section aria-labelledby="case-you">
        <h2 id="case-you">{t('case.you.heading')}</h2>
        <TextField label={t('case.ownName')} value={details.ownName} autoComplete="name" onInput={(ownName) => update({ ownName })} />
      </section>

      <section aria-labelledby="case-clear-no" class="stack">
        <h2 id="case-clear-no">{t('case.clearNo.heading')}</h2>
        <p class="muted">{t('case.clearNo.why')}</p>
        <DateField label={t('case.clearNoDate')} value={details.clearNoDate} max={today} onInput={(clearNoDate) => update({ clearNoDate })} />
        <TextField
          label={t('case.clearNoNote')}
          hint={t('case.clearNoNote.hint')}
          value={details.clearNoNote}
          onInput={(clearNoNote) => update({ clearNoNote })}
        />
      </section>

      <section aria-labelledby="case-orders" class="stack">
        <h2 id="case-orders">{t('case.orders.heading')}</h2>
        {details.restrainingOrders.length === 0 && <p class="muted">{t('case.orders.none')}</p>}
        {details.restrainingOrders.map((order, index) => (
          <RestrainingOrderFields
            key={orderKeys[index]}
            number={index + 1}
            order={order}
            onChange={(next) => setOrders((orders) => orders.map((old, at) => (at === index ? next : old)))}
            onRemove={() => {
              setOrderKeys((keys) => keys.filter((_, at) => at !== index));
              setOrders((orders) => orders.filter((_, at) => at !== index));
            }}
          />
        ))}
        <button type="button" onClick={addOrder}>
          <Icon name="plus" /> {t('case.order.add')}
        </button>
      </section>

      <SaveBar label={t('case.details.save')} state={saving.state} error={saving.error} />
    </form>
  );
}
