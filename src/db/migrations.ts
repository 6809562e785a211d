import type { Transaction } from 'dexie';

/** Session that owned every draft written before drafts had owners: no tab holds it, so any editor may adopt them. */
export const sessionBeforeSessions = 'before-sessions';

/**
 * Version 3: each incident, person, case and attachment record gets `version` = the number of its revisions
 * (at least 1), and the one-key-per-editor drafts (`incident:new`, `incident:<id>`, each with `:files`) become
 * session-owned drafts. A new-incident draft gets the incident id it will be saved under.
 */
export async function upgradeToVersion3(transaction: Transaction): Promise<void> {
  const counts = new Map<string, number>();
  await transaction.table('revisions').each((revision: { entity: string; entityId: string }) => {
    const key = `${revision.entity}:${revision.entityId}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  });
  const versionOf = (entity: string, id: string) => Math.max(1, counts.get(`${entity}:${id}`) ?? 0);
  await transaction.table('incidents').toCollection().modify((row: { id: string; version: number }) => {
    row.version = versionOf('incident', row.id);
  });
  await transaction.table('attachments').toCollection().modify((row: { id: string; version: number }) => {
    row.version = versionOf('attachment', row.id);
  });
  await transaction.table('people').toCollection().modify((row: { id: string; version: number }) => {
    row.version = versionOf('person', row.id);
  });
  await transaction.table('caseDetails').toCollection().modify((row: { id: string; version: number }) => {
    row.version = versionOf('case', row.id);
  });

  const drafts = transaction.table('drafts');
  const old = (await drafts.toArray()) as { id: string; value: unknown; savedAt: number }[];
  const newIncidentId = crypto.randomUUID();
  const moved = old.flatMap(({ id, value, savedAt }) => {
    const match = /^incident:([^:]+)(:files)?$/.exec(id);
    if (!match) return [];
    const isNew = match[1] === 'new';
    const subject = isNew ? `new-incident:${newIncidentId}` : `incident:${match[1]}`;
    const part = match[2] ? 'files' : 'form';
    const stored = part === 'form'
      ? { form: value, baseVersion: isNew ? 0 : versionOf('incident', match[1]!) }
      : value;
    return [{ id: `${sessionBeforeSessions}|${subject}|${part}`, session: sessionBeforeSessions, subject, part, value: stored, savedAt }];
  });
  await drafts.clear();
  await drafts.bulkAdd(moved);
}

/** Set by version 4's upgrade while rows from before it may hold Blobs; cleared by the conversion (blobConversion.ts). */
export const blobConversionPendingKey = 'blobConversionPending';

/** Version 4's upgrade: only marks that rows from before it may hold Blobs (a new database has none to convert). */
export async function markBlobsForConversion(transaction: Transaction): Promise<void> {
  await transaction.table('settings').put({ key: blobConversionPendingKey, value: true });
}
