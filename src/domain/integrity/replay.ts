import type { FieldChange, Revision, RevisionEntity } from '../types';

// Rebuilds, from the history alone, what every stored record must be now. Pure: the same revisions always give
// the same records. Mirrors the writing verbs in src/db (which fields each action records, which it sets itself).

export type ReplayedRecord = Record<string, unknown>;

export interface ReplayedState {
  incidents: Map<string, ReplayedRecord>;
  attachments: Map<string, ReplayedRecord>;
  people: Map<string, ReplayedRecord>;
  caseDetails: Map<string, ReplayedRecord>;
  /** Records whose history lost content without a record of why: they cannot be rebuilt. */
  unreplayable: Set<string>;
}

export function emptyState(): ReplayedState {
  return { incidents: new Map(), attachments: new Map(), people: new Map(), caseDetails: new Map(), unreplayable: new Set() };
}

function apply(record: ReplayedRecord, changes: FieldChange[]): void {
  for (const change of changes) {
    if (change.after === undefined) delete record[change.field];
    else record[change.field] = structuredClone(change.after);
  }
}

function tableOf(state: ReplayedState, entity: RevisionEntity): Map<string, ReplayedRecord> {
  switch (entity) {
    case 'incident': return state.incidents;
    case 'attachment': return state.attachments;
    case 'person': return state.people;
    case 'case': return state.caseDetails;
  }
}

function replayIncident(state: ReplayedState, revision: Revision): void {
  const { entityId: id, at } = revision;
  const incident = state.incidents.get(id);
  switch (revision.action) {
    case 'create': {
      const created: ReplayedRecord = { id, attachmentIds: [], createdAt: at, updatedAt: at, trashed: 0 };
      apply(created, revision.changes);
      state.incidents.set(id, created);
      return;
    }
    case 'erase':
      state.incidents.delete(id);
      for (const [attachmentId, attachment] of state.attachments) if (attachment.incidentId === id) state.attachments.delete(attachmentId);
      return;
  }
  if (!incident) return;
  switch (revision.action) {
    case 'edit': apply(incident, revision.changes); break;
    case 'delete': incident.trashed = 1; incident.deletedAt = at; break;
    case 'restore': incident.trashed = 0; delete incident.deletedAt; break;
  }
  incident.updatedAt = at;
}

function replayAttachment(state: ReplayedState, revision: Revision): void {
  const { entityId: id, incidentId } = revision;
  const incident = incidentId ? state.incidents.get(incidentId) : undefined;
  const ids = (incident?.attachmentIds ?? []) as string[];
  if (revision.action === 'attach') {
    const attachment: ReplayedRecord = { id, incidentId, addedAt: revision.at };
    apply(attachment, revision.changes);
    state.attachments.set(id, attachment);
    if (incident) incident.attachmentIds = [...ids, id];
  } else if (revision.action === 'detach') {
    state.attachments.delete(id);
    if (incident) incident.attachmentIds = ids.filter((other) => other !== id);
  }
}

/** Person and case: the changes say everything, the writer adds the id and the time. */
function replayFile(state: ReplayedState, revision: Revision): void {
  const table = tableOf(state, revision.entity);
  const { entityId: id } = revision;
  if (revision.action === 'delete') {
    table.delete(id);
    return;
  }
  const record = table.get(id) ?? { id };
  apply(record, revision.changes);
  record.updatedAt = revision.at;
  table.set(id, record);
}

/** The field of an `import` revision that says where the record came from; it describes the entry, not the record. */
export const importedFromField = 'importedFrom';

/**
 * Set in `importedFrom` when the record here was kept and the backup's differing values were only noted (the case
 * record, which exists once): `[{ field, here, backup }]`. Such an entry leaves the record as it was.
 */
export const keptHereField = 'keptHere';

/** A record that came in from a backup is exactly what its import revision lists, whatever it was before. */
function replayImport(state: ReplayedState, revision: Revision): void {
  const from = revision.changes.find((change) => change.field === importedFromField)?.after as Record<string, unknown> | undefined;
  if (from && keptHereField in from) return;
  const record: ReplayedRecord = { id: revision.entityId };
  apply(record, revision.changes.filter((change) => change.field !== importedFromField));
  tableOf(state, revision.entity).set(revision.entityId, record);
}

export function replay(revisions: Revision[]): ReplayedState {
  const state = emptyState();
  const emptied = new Map<string, string | undefined>();
  const erasedIncidents = new Set<string>();
  for (const revision of revisions) {
    if (revision.erasedAt !== undefined) {
      // An emptied entry: a later erase of its incident removes the record anyway; without one it cannot be rebuilt.
      emptied.set(revision.entityId, revision.incidentId);
      continue;
    }
    if (revision.action === 'erase') erasedIncidents.add(revision.entityId);
    if (revision.action === 'import') replayImport(state, revision);
    else if (revision.entity === 'incident') replayIncident(state, revision);
    else if (revision.entity === 'attachment') replayAttachment(state, revision);
    else replayFile(state, revision);
  }
  for (const [id, incidentId] of emptied) {
    if (!erasedIncidents.has(id) && !(incidentId && erasedIncidents.has(incidentId))) state.unreplayable.add(id);
  }
  return state;
}
