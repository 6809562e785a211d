import { useDatabase } from '../../src/db/database';
import { SporDatabase } from '../../src/db/schema';
import { blankIncident } from '../../src/domain/incident';
import type { IncidentInput } from '../../src/domain/types';

let counter = 0;

/** A new, empty database for one test. */
export function freshDatabase(): SporDatabase {
  const database = new SporDatabase(`spor-test-${process.pid}-${++counter}`);
  useDatabase(database);
  return database;
}

export function incidentInput(overrides: Partial<IncidentInput> = {}): IncidentInput {
  return { ...(blankIncident(Date.UTC(2026, 0, 15, 12), 'Europe/Copenhagen', 'call') as IncidentInput), ...overrides };
}
