import { internationalPhoneNumber } from './phoneNumber';
import type { CaseDetails, TrustedPerson } from './types';

/** A problem with the case details: the field (for the summary link and the mark on the field) and a message key. */
export interface CaseProblem {
  field: string;
  message: 'case.error.clearNoInFuture' | 'case.error.expiresBeforeIssued'
    | 'case.error.trustedNameMissing' | 'case.error.trustedPhoneMissing' | 'case.error.trustedPhoneInvalid';
  params?: { number: number };
}

/** Today as yyyy-MM-dd in the device's zone. */
export function todayIsoDate(now: number = Date.now()): string {
  const date = new Date(now);
  return [date.getFullYear(), date.getMonth() + 1, date.getDate()].map((part) => String(part).padStart(2, '0')).join('-');
}

/** One rule for every path that stores the case (Save, the database verb): the screen and the verb call this. */
export function validateCaseDetails(
  details: Pick<CaseDetails, 'clearNoDate' | 'restrainingOrders' | 'trustedPeople'>, now: number = Date.now(),
): CaseProblem[] {
  const problems: CaseProblem[] = [];
  if (details.clearNoDate && details.clearNoDate > todayIsoDate(now)) {
    problems.push({ field: 'case-clearNoDate', message: 'case.error.clearNoInFuture' });
  }
  details.restrainingOrders.forEach((order, index) => {
    if (order.issuedOn && order.expiresOn && order.expiresOn < order.issuedOn) {
      problems.push({ field: `case-order-${index + 1}-expiresOn`, message: 'case.error.expiresBeforeIssued', params: { number: index + 1 } });
    }
  });
  (details.trustedPeople ?? []).forEach((person, index) => problems.push(...trustedPersonProblems(person, index + 1)));
  return problems;
}

/** A row left wholly empty is no person (the save drops it); otherwise a name and a number that can get a text. */
export function isBlankTrustedPerson(person: TrustedPerson): boolean {
  return !person.name.trim() && !person.phone.trim();
}

function trustedPersonProblems(person: TrustedPerson, number: number): CaseProblem[] {
  if (isBlankTrustedPerson(person)) return [];
  const field = (part: string) => `case-trusted-${number}-${part}`;
  const problems: CaseProblem[] = [];
  if (!person.name.trim()) problems.push({ field: field('name'), message: 'case.error.trustedNameMissing', params: { number } });
  if (!person.phone.trim()) problems.push({ field: field('phone'), message: 'case.error.trustedPhoneMissing', params: { number } });
  else if (!internationalPhoneNumber(person.phone)) problems.push({ field: field('phone'), message: 'case.error.trustedPhoneInvalid', params: { number } });
  return problems;
}
