import { isBlankTrustedPerson, validateCaseDetails } from '../domain/caseValidation';
import type { CaseDetails, Instant, PersonOfConcern } from '../domain/types';
import { db } from './database';
import { mapStorageErrors } from './errors';
import { ConflictError, ValidationError } from './saveErrors';
import { fromStoredBytes, toStoredBytes } from './rowBytes';
import { appendRevision, diffFields } from './revisions';
import type { PersonRow } from './schema';
import { refreshAlarmAccess } from './alarmSettings';

export const emptyCaseDetails: CaseDetails = {
  ownName: '', clearNoDate: '', clearNoNote: '', restrainingOrders: [], trustedPeople: [], updatedAt: 0, version: 0,
};

const bookkeeping = ['updatedAt', 'id', 'version'];

export async function getCaseDetails(): Promise<CaseDetails> {
  const row = await db.caseDetails.get('case');
  if (!row) return { ...emptyCaseDetails };
  const { id: _id, ...details } = row;
  return { ...details, trustedPeople: details.trustedPeople ?? [] };
}

/**
 * Validated here as on the screen, so no path stores a clear no in the future. With `baseVersion`, a save based on
 * an older version than the stored one is refused with ConflictError (another tab saved in between).
 */
export async function saveCaseDetails(
  details: Omit<CaseDetails, 'updatedAt' | 'version'>, now: Instant = Date.now(), baseVersion?: number,
): Promise<CaseDetails> {
  const problems = validateCaseDetails(details, now);
  if (problems.length) throw new ValidationError(problems);
  const saved = await mapStorageErrors(() =>
    db.transaction('rw', db.caseDetails, db.revisions, async () => {
      const before = await db.caseDetails.get('case');
      if (baseVersion !== undefined && (before?.version ?? 0) !== baseVersion) throw new ConflictError(before);
      const trustedPeople = (details.trustedPeople ?? []).filter((person) => !isBlankTrustedPerson(person));
      const next = { ...details, trustedPeople, id: 'case' as const, updatedAt: now, version: (before?.version ?? 0) + 1 };
      const changes = diffFields(before, next, bookkeeping);
      if (before && !changes.length) return before;
      await db.caseDetails.put(next);
      await appendRevision({ action: 'save', entity: 'case', entityId: 'case', at: now, changes });
      return next;
    }),
  );
  // The alarm without passcode keeps its own copy of who gets the text: rewritten with the people just saved.
  await refreshAlarmAccess();
  return saved;
}

/** A stored person as the app uses them: the photo as a Blob. */
function personFromRow({ photo, ...person }: PersonRow): PersonOfConcern {
  return photo ? { ...person, photo: fromStoredBytes(photo) } : person;
}

export async function listPeople(): Promise<PersonOfConcern[]> {
  return (await db.people.toArray()).map(personFromRow).sort((a, b) => a.name.localeCompare(b.name));
}

export type PersonSave = Omit<PersonOfConcern, 'id' | 'updatedAt' | 'version'> & { id?: string };

/** Creates (no id) or updates a person of concern; with `baseVersion`, refused with ConflictError if saved elsewhere since. */
export async function savePerson(person: PersonSave, now: Instant = Date.now(), baseVersion?: number): Promise<PersonOfConcern> {
  // The photo's bytes are read before the transaction: awaiting a Blob inside it would let it commit half way.
  const { photo, ...facts } = person;
  const storedPhoto = photo && (await toStoredBytes(photo));
  return mapStorageErrors(() =>
    db.transaction('rw', db.people, db.revisions, async () => {
      const before = person.id ? await db.people.get(person.id) : undefined;
      if (baseVersion !== undefined && (before?.version ?? 0) !== baseVersion) throw new ConflictError(before && personFromRow(before));
      const next: PersonRow = {
        ...facts, ...(storedPhoto ? { photo: storedPhoto } : {}), id: person.id ?? crypto.randomUUID(), updatedAt: now, version: (before?.version ?? 0) + 1,
      };
      const changes = diffFields(before, next, bookkeeping);
      if (before && !changes.length) return personFromRow(before);
      await db.people.put(next);
      await appendRevision({ action: before ? 'edit' : 'create', entity: 'person', entityId: next.id, at: now, changes });
      return personFromRow(next);
    }),
  );
}

export async function removePerson(id: string, now: Instant = Date.now()): Promise<void> {
  await mapStorageErrors(() =>
    db.transaction('rw', db.people, db.revisions, async () => {
      const before = await db.people.get(id);
      if (!before) return;
      await db.people.delete(id);
      await appendRevision({ action: 'delete', entity: 'person', entityId: id, at: now, changes: diffFields(before, undefined, bookkeeping) });
    }),
  );
}
