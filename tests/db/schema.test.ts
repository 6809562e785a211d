import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
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
  2: { heads: '++id, issuedAt' },
  3: { drafts: 'id, session, subject' },
  4: { fileChunks: '[fileId+index], fileId' },
  5: { incidents: 'id, trashed', attachments: 'id, incidentId', heads: '++id' },
};

describe('schema history', () => {
  it('no shipped version has been rewritten', () => {
    const database = new SporDatabase('schema-history', { sealed: false });
    const declared = Object.fromEntries(
      (database as unknown as { _versions: { _cfg: { version: number; storesSource: Record<string, string> } }[] })._versions.map(
        (version) => [version._cfg.version, version._cfg.storesSource],
      ),
    );
    for (const [version, stores] of Object.entries(shippedVersions)) expect(declared[Number(version)]).toEqual(stores);
  });

  it('the current version opens on an empty device and creates every table', async () => {
    const database = new SporDatabase('schema-open', { sealed: false });
    await database.open();
    expect(database.tables.map((table) => table.name).sort()).toEqual(
      ['attachments', 'caseDetails', 'drafts', 'fileChunks', 'files', 'heads', 'incidents', 'people', 'revisions', 'settings'],
    );
    database.close();
  });

  it('version 1 to 2: keeps every record and adds an empty list of issued heads', async () => {
    const old = new Dexie('schema-v1-to-v2');
    old.version(1).stores(shippedVersions[1]!);
    await old.open();
    await old.table('incidents').add({ id: 'a', trashed: 0, occurredAt: 1, kind: 'call', updatedAt: 1 });
    await old.table('revisions').add({ seq: 1, at: 1, action: 'create', entity: 'incident', entityId: 'a', changes: [], prevHash: '0', hash: 'h' });
    old.close();
    const database = new SporDatabase('schema-v1-to-v2', { sealed: false });
    await database.open();
    expect(database.verno).toBe(5); // passing through 3, 4 and 5 (tests/db/migration-v3.test.ts, blobConversion.test.ts) on the way
    expect(await database.incidents.get('a')).toMatchObject({ kind: 'call' });
    expect(await database.revisions.count()).toBe(1);
    expect(await database.heads.count()).toBe(0);
    database.close();
  });

  it('version 4 to 5: drops every index over content and keeps every record', async () => {
    const old = new Dexie('schema-v4-to-v5');
    for (const version of [1, 2, 3, 4]) old.version(version).stores(shippedVersions[version]!);
    await old.open();
    await old.table('incidents').add({ id: 'a', trashed: 0, occurredAt: 1, kind: 'call', updatedAt: 1 });
    await old.table('attachments').add({ id: 'f', incidentId: 'a', sha256: 'ab' });
    await old.table('heads').add({ kind: 'seal', count: 1, hash: 'h', issuedAt: 5 });
    old.close();
    const database = new SporDatabase('schema-v4-to-v5', { sealed: false });
    await database.open();
    const indexes = (table: string) => database.table(table).schema.indexes.map((index) => index.name).sort();
    expect(indexes('incidents')).toEqual(['trashed']);
    expect(indexes('attachments')).toEqual(['incidentId']);
    expect(indexes('heads')).toEqual([]);
    expect(await database.incidents.get('a')).toMatchObject({ kind: 'call', occurredAt: 1 });
    expect(await database.attachments.get('f')).toMatchObject({ sha256: 'ab' });
    expect(await database.heads.toArray()).toMatchObject([{ id: 1, kind: 'seal', issuedAt: 5 }]);
    database.close();
  });
});
