import { canonicalJson } from '../../crypto/sha256';
import { recordable } from './recipes';
import type { ReplayedRecord, ReplayedState } from './replay';
import type { Difference, DifferenceEntity } from './types';

// Stored records against what the history says they must be, field by field.

export interface StoredRecords {
  incidents: ReplayedRecord[];
  attachments: ReplayedRecord[];
  people: ReplayedRecord[];
  caseDetails: ReplayedRecord[];
}

/**
 * Fields the history does not cover, left out of the comparison: `version` is a save counter for conflicts
 * (not evidence), `thumbnail` a preview made from the file (the file itself is checked by its SHA-256).
 */
export const uncoveredFields = ['version', 'thumbnail'];

function same(a: unknown, b: unknown): boolean {
  return canonicalJson(recordable(a)) === canonicalJson(recordable(b));
}

function differingFields(expected: ReplayedRecord, stored: ReplayedRecord, entity: DifferenceEntity): string[] {
  const fields = new Set([...Object.keys(expected), ...Object.keys(stored)]);
  return [...fields].filter((field) => {
    if (uncoveredFields.includes(field)) return false;
    // Recipe-1 attach entries did not record where the capture time came from.
    if (entity === 'attachment' && field === 'capturedAtSource' && !('capturedAtSource' in expected)) return false;
    return !same(expected[field], stored[field]);
  }).sort();
}

function incidentOf(entity: DifferenceEntity, record: ReplayedRecord | undefined): string | undefined {
  if (!record) return undefined;
  if (entity === 'incident') return record.id as string;
  return typeof record.incidentId === 'string' ? record.incidentId : undefined;
}

function compareTable(entity: DifferenceEntity, expected: Map<string, ReplayedRecord>, stored: ReplayedRecord[], skip: Set<string>): Difference[] {
  const differences: Difference[] = [];
  const seen = new Set<string>();
  for (const row of stored) {
    const id = String(row.id);
    seen.add(id);
    if (skip.has(id)) continue;
    const wanted = expected.get(id);
    if (!wanted) {
      differences.push({ entity, id, incidentId: incidentOf(entity, row), problem: 'unrecorded' });
      continue;
    }
    for (const field of differingFields(wanted, row, entity)) differences.push({ entity, id, incidentId: incidentOf(entity, wanted), problem: 'changed', field });
  }
  for (const [id, wanted] of expected) {
    if (!seen.has(id)) differences.push({ entity, id, incidentId: incidentOf(entity, wanted), problem: 'missing' });
  }
  return differences;
}

/** Every difference between the replayed history and the stored records; rows without history and history without rows included. */
export function compareRecords(expected: ReplayedState, stored: StoredRecords): Difference[] {
  const skip = expected.unreplayable;
  return [
    ...compareTable('incident', expected.incidents, stored.incidents, skip),
    ...compareTable('attachment', expected.attachments, stored.attachments, skip),
    ...compareTable('person', expected.people, stored.people, skip),
    ...compareTable('case', expected.caseDetails, stored.caseDetails, skip),
  ];
}
