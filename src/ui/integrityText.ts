import type { ChainProblem, Difference, HeadProblem } from '../domain/integrity/types';
import { language, t, type MessageKey } from '../i18n';
import { catalogue } from '../i18n/catalogue';
import { formatInstant } from '../i18n/dates';

// Verification findings in the app's plain words; the Settings check and the detail screen share them.

function fieldName(field: string): string {
  const key = `incident.field.${field}`;
  return key in catalogue.en ? t(key as MessageKey) : field;
}

export function differenceText(difference: Difference): string {
  const record = t(`integrity.record.${difference.entity}`);
  return t(`integrity.problem.${difference.problem}`, { record, field: fieldName(difference.field ?? '') });
}

export function chainProblemText(problem: ChainProblem): string {
  return t(`integrity.chain.${problem.kind}`, { seq: problem.seq });
}

export function headProblemText({ head, problem }: HeadProblem): string {
  return t(`integrity.head.${problem}`, { kind: t(`integrity.kind.${head.kind}`), time: formatInstant(head.issuedAt, language.value, 'dateTime'), count: head.count });
}
