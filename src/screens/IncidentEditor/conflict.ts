import { canonicalJson } from '../../crypto/sha256';
import type { EditorForm } from './form';

// Two versions of one incident, field by field: what this screen holds and what another tab saved in the meantime.

export const comparedFields = [
  'kind', 'occurredAt', 'endedAt', 'approximate', 'place', 'description', 'peopleInvolved', 'effect', 'witnesses', 'police',
  'keyExample', 'privateFields',
] as const;
export type ComparedField = (typeof comparedFields)[number];
export type Choice = 'mine' | 'theirs' | 'both';

/** Free-text fields, where keeping both texts (one after the other) is a sensible third choice. */
export const combinableFields: readonly ComparedField[] = ['description', 'peopleInvolved', 'effect'];

export interface FieldDifference {
  field: ComparedField;
  /** Preselected: the side that changed the field since this screen opened it (theirs when only they did). */
  suggested: Choice;
}

const same = (a: unknown, b: unknown) => canonicalJson(a ?? null) === canonicalJson(b ?? null);

/** Every field where the two versions differ; `base` is what this screen started from. */
export function differences(base: EditorForm, mine: EditorForm, theirs: EditorForm): FieldDifference[] {
  return comparedFields
    .filter((field) => !same(mine[field], theirs[field]))
    .map((field) => ({ field, suggested: same(mine[field], base[field]) ? 'theirs' : 'mine' }));
}

/** The version to save: theirs, with each chosen field taken from mine (or both texts, mine first). */
export function combine(mine: EditorForm, theirs: EditorForm, choices: Partial<Record<ComparedField, Choice>>): EditorForm {
  const merged: EditorForm = { ...theirs };
  for (const [field, choice] of Object.entries(choices) as [ComparedField, Choice][]) {
    if (choice === 'theirs') continue;
    if (choice === 'both' && combinableFields.includes(field)) {
      merged[field as 'description'] = [mine[field as 'description'], theirs[field as 'description']].filter(Boolean).join('\n\n');
      continue;
    }
    (merged as unknown as Record<string, unknown>)[field] = mine[field];
    // A time keeps the instant and zone it was read with, so an unchanged text is not rounded or moved.
    if (field === 'occurredAt') Object.assign(merged, { originalOccurredAt: mine.originalOccurredAt, occurredAtOffset: mine.occurredAtOffset, timeZone: mine.timeZone });
    if (field === 'endedAt') Object.assign(merged, { originalEndedAt: mine.originalEndedAt, endedAtOffset: mine.endedAtOffset, timeZone: mine.timeZone });
  }
  return merged;
}
