import { describe, expect, it } from 'vitest';
import { SporDatabase } from '../../src/db/schema';

// The schema is history. Each version's stores are recorded here when it ships and must never change afterwards;
// a new version is appended (with a migration test from the one before).
const shippedVersions: Record<number, Record<string, string>> = {
  1: {
    incidents: 'id, [trashed+occurredAt], kind, updatedAt',
    attachments: 'id, incidentId, sha256',
    files: 'id',
    people: 'id',
    caseDetails: 'id',
    drafts: 'id',
    revisions: 'seq, entityId, incidentId',
    settings: 'key',
  },
};

describe('schema history', () => {
  it('no shipped version has been rewritten', () => {
    const database = new SporDatabase('schema-history');
    const declared = Object.fromEntries(
      (database as unknown as { _versions: { _cfg: { version: number; storesSource: Record<string, string> } }[] })._versions.map(
        (version) => [version._cfg.version, version._cfg.storesSource],
      ),
    );
    for (const [version, stores] of Object.entries(shippedVersions)) expect(declared[Number(version)]).toEqual(stores);
  });

  it('the current version opens on an empty device and creates every table', async () => {
    const database = new SporDatabase('schema-open');
    await database.open();
    expect(database.tables.map((table) => table.name).sort()).toEqual(
      ['attachments', 'caseDetails', 'drafts', 'files', 'incidents', 'people', 'revisions', 'settings'],
    );
    database.close();
  });
});
