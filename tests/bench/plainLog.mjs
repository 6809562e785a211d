// An older version's log, as it lay on a phone before encryption at rest: the plain `spor` database at schema
// version 4. Runs inside the page (page.evaluate); used by the timeline benchmark and the move's browser test.

/** Seeds the plain database of schema version 4 (IndexedDB version 40) with `total` incidents and their history. */
export function seedPlainDatabase(total) {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open('spor', 40);
    request.onupgradeneeded = () => {
      const database = request.result;
      const incidents = database.createObjectStore('incidents', { keyPath: 'id' });
      incidents.createIndex('[trashed+occurredAt]', ['trashed', 'occurredAt']);
      incidents.createIndex('kind', 'kind');
      incidents.createIndex('updatedAt', 'updatedAt');
      const attachments = database.createObjectStore('attachments', { keyPath: 'id' });
      attachments.createIndex('incidentId', 'incidentId');
      attachments.createIndex('sha256', 'sha256');
      for (const name of ['files', 'people', 'caseDetails']) database.createObjectStore(name, { keyPath: 'id' });
      const drafts = database.createObjectStore('drafts', { keyPath: 'id' });
      drafts.createIndex('session', 'session');
      drafts.createIndex('subject', 'subject');
      const revisions = database.createObjectStore('revisions', { keyPath: 'seq' });
      revisions.createIndex('entityId', 'entityId');
      revisions.createIndex('incidentId', 'incidentId');
      database.createObjectStore('settings', { keyPath: 'key' });
      database.createObjectStore('heads', { keyPath: 'id', autoIncrement: true }).createIndex('issuedAt', 'issuedAt');
      database.createObjectStore('fileChunks', { keyPath: ['fileId', 'index'] }).createIndex('fileId', 'fileId');
    };
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const database = request.result;
      const transaction = database.transaction(['incidents', 'revisions'], 'readwrite');
      const kinds = ['call', 'message', 'email', 'following', 'watching', 'threat'];
      const start = Date.UTC(2020, 0, 1);
      for (let index = 0; index < total; index += 1) {
        const at = start + index * 4 * 3_600_000;
        const id = crypto.randomUUID();
        transaction.objectStore('incidents').put({
          id, kind: kinds[index % kinds.length], occurredAt: at, timeZone: 'Europe/Copenhagen', approximate: index % 7 === 0,
          place: { text: `Nørrebrogade ${index % 90}` }, description: `Incident number ${index}: he waited outside again and said "I will always find you".`,
          peopleInvolved: '', effect: '', witnesses: [], police: { journalNumber: '', officer: '', phone: '' }, keyExample: index % 500 === 0,
          privateFields: [], attachmentIds: [], createdAt: at, updatedAt: at, trashed: 0, version: 1,
        });
        // The move checks counts and the head only; a chain the check after start would accept is not needed here.
        transaction.objectStore('revisions').put({ seq: index + 1, at, action: 'create', entity: 'incident', entityId: id, incidentId: id, changes: [], prevHash: '0', hash: String(index) });
      }
      transaction.oncomplete = () => {
        database.close();
        resolve();
      };
      transaction.onerror = () => reject(transaction.error);
    };
  });
}
