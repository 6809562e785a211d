import type { RestrainingOrder } from '../../domain/types';
import { t } from '../../i18n';
import { ConfirmRemove } from './ConfirmRemove';
import { DateField } from './DateField';
import { TextField } from '../../ui/TextField';

interface RestrainingOrderFieldsProps {
  number: number;
  order: RestrainingOrder;
  onChange: (order: RestrainingOrder) => void;
  onRemove: () => void;
  /** The message for the expiry date, when it is before the issue date. */
  expiryProblem?: string;
}

export function RestrainingOrderFields({ number, order, onChange, onRemove, expiryProblem }: RestrainingOrderFieldsProps) {
  const set = (field: keyof RestrainingOrder) => (value: string) => onChange({ ...order, [field]: value });
  return (
    <fieldset class="restraining-order stack">
      <legend>{t('case.order.legend', { number })}</legend>
      <div class="field-pair">
        <DateField label={t('case.order.issuedOn')} value={order.issuedOn} onInput={set('issuedOn')} />
        <DateField id={`case-order-${number}-expiresOn`} label={t('case.order.expiresOn')} value={order.expiresOn} onInput={set('expiresOn')}
          problem={expiryProblem} />
      </div>
      <TextField label={t('case.order.journalNumber')} value={order.journalNumber} onInput={set('journalNumber')} />
      <TextField label={t('case.order.note')} value={order.note} onInput={set('note')} />
      <ConfirmRemove
        label={t('case.order.remove', { number })}
        question={t('case.order.confirmRemove', { number })}
        onConfirm={onRemove}
      />
    </fieldset>
  );
}
