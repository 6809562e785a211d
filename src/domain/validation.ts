import { isIncidentKind } from './kinds';
import type { IncidentInput } from './types';

/** Each problem names a message in the i18n catalogue (`validation.*`) and the field it belongs to. */
export interface ValidationProblem {
  field: 'kind' | 'occurredAt' | 'endedAt' | 'witnesses' | 'place';
  message: 'validation.kindMissing' | 'validation.timeMissing' | 'validation.timeInFuture' | 'validation.endBeforeStart'
    | 'validation.endInFuture' | 'validation.witnessNameMissing' | 'validation.timeTooOld'
    | 'validation.yearImplausible' | 'validation.timeRepeated' | 'validation.timeSkipped';
}

/** Clocks on phones drift; a few minutes ahead is not "the future". */
export const futureToleranceMs = 10 * 60 * 1000;
const earliestPlausible = Date.UTC(1970, 0, 2);

export function validateIncident(input: Partial<IncidentInput>, now: number): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  if (!isIncidentKind(input.kind)) problems.push({ field: 'kind', message: 'validation.kindMissing' });
  const start = input.occurredAt;
  if (typeof start !== 'number' || !Number.isFinite(start)) {
    problems.push({ field: 'occurredAt', message: 'validation.timeMissing' });
  } else if (start > now + futureToleranceMs) {
    problems.push({ field: 'occurredAt', message: 'validation.timeInFuture' });
  } else if (start < earliestPlausible) {
    problems.push({ field: 'occurredAt', message: 'validation.timeTooOld' });
  }
  const end = input.endedAt;
  if (typeof end === 'number' && Number.isFinite(end)) {
    if (typeof start === 'number' && end < start) problems.push({ field: 'endedAt', message: 'validation.endBeforeStart' });
    else if (end > now + futureToleranceMs) problems.push({ field: 'endedAt', message: 'validation.endInFuture' });
  }
  if (input.witnesses?.some((witness) => !witness.name.trim() && (witness.contact.trim() || witness.note.trim()))) {
    problems.push({ field: 'witnesses', message: 'validation.witnessNameMissing' });
  }
  return problems;
}
