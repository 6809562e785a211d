import type { CaseDifference } from '../../backup/restorePlan';
import type { RestrainingOrder, TrustedPerson } from '../../domain/types';
import { language, t, type MessageKey } from '../../i18n';
import { formatInstant } from '../../i18n/dates';

const fieldLabels: Record<string, MessageKey> = {
  ownName: 'case.ownName',
  clearNoDate: 'case.clearNoDate',
  clearNoNote: 'case.clearNoNote',
  restrainingOrders: 'case.orders.heading',
  trustedPeople: 'trusted.heading',
  updatedAt: 'backup.restore.caseUpdatedAt',
};

/** A case field's value in a line: dates and lists as people read them, anything else as text. */
function valueText(field: string, value: unknown): string {
  if (value === undefined || value === '' || (Array.isArray(value) && !value.length)) return t('backup.restore.caseEmpty');
  if (field === 'updatedAt' && typeof value === 'number') return formatInstant(value, language.value, 'shortDateTime');
  if (field === 'restrainingOrders' && Array.isArray(value)) {
    return (value as RestrainingOrder[]).map((order) => [order.journalNumber, [order.issuedOn, order.expiresOn].filter(Boolean).join('–'), order.note].filter(Boolean).join(', ')).join('; ');
  }
  if (field === 'trustedPeople' && Array.isArray(value)) return (value as TrustedPerson[]).map((person) => person.name).join(', ');
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** The case details kept here beside the backup's differing ones, field by field (both are in the history). */
export function CaseDifferences({ differences }: { differences: CaseDifference[] }) {
  return (
    <div class="stack" data-testid="restore-case-differences">
      <p>{t('backup.restore.caseKept')}</p>
      <dl class="case-differences">
        {differences.map(({ field, here, backup }) => (
          <div key={field}>
            <dt>{fieldLabels[field] ? t(fieldLabels[field]!) : field}</dt>
            <dd>{t('backup.restore.caseHere', { value: valueText(field, here) })}</dd>
            <dd>{t('backup.restore.caseBackup', { value: valueText(field, backup) })}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
