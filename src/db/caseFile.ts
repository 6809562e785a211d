import type { CaseDetails, Instant, PersonOfConcern } from '../domain/types';
import { db } from './database';
import { mapStorageErrors } from './errors';
import { appendRevision, diffFields } from './revisions';

export const emptyCaseDetails: CaseDetails = { ownName: '', clearNoDate: '', clearNoNote: '', restrainingOrders: [], updatedAt: 0 };

export async function getCaseDetails(): Promise<CaseDetails> {
  const row = await db.caseDetails.get('case');
  if (!row) return { ...emptyCaseDetails };
  const { id: _id, ...details } = row;
  return details;
}

export async function saveCaseDetails(details: Omit<CaseDetails, 'updatedAt'>, now: Instant = Date.now()): Promise<CaseDetails> {
  return mapStorageErrors(() =>
    db.transaction('rw', db.caseDetails, db.revisions, async () => {
      const before = await db.caseDetails.get('case');
      const next = { ...details, id: 'case' as const, updatedAt: now };
      const changes = diffFields(before, next, ['updatedAt', 'id']);
      if (!changes.length) return before ?? next;
      await db.caseDetails.put(next);
      await appendRevision({ action: 'save', entity: 'case', entityId: 'case', at: now, changes });
      return next;
    }),
  );
}

export async function listPeople(): Promise<PersonOfConcern[]> {
  return (await db.people.toArray()).sort((a, b) => a.name.localeCompare(b.name));
}

/** Creates (no id) or updates a person of concern. */
export async function savePerson(person: Omit<PersonOfConcern, 'id' | 'updatedAt'> & { id?: string }, now: Instant = Date.now()): Promise<PersonOfConcern> {
  return mapStorageErrors(() =>
    db.transaction('rw', db.people, db.revisions, async () => {
      const before = person.id ? await db.people.get(person.id) : undefined;
      const next: PersonOfConcern = { ...person, id: person.id ?? crypto.randomUUID(), updatedAt: now };
      const changes = diffFields(before, next, ['updatedAt', 'id']);
      if (before && !changes.length) return before;
      await db.people.put(next);
      await appendRevision({ action: before ? 'edit' : 'create', entity: 'person', entityId: next.id, at: now, changes });
      return next;
    }),
  );
}

export async function removePerson(id: string, now: Instant = Date.now()): Promise<void> {
  await db.transaction('rw', db.people, db.revisions, async () => {
    const before = await db.people.get(id);
    if (!before) return;
    await db.people.delete(id);
    await appendRevision({ action: 'delete', entity: 'person', entityId: id, at: now, changes: diffFields(before, undefined, ['updatedAt', 'id']) });
  });
}
