import type { DBCore, DBCoreCursor, DBCoreTable, Middleware } from 'dexie';
import type { DataKey } from '../crypto/dataKey';

// Encryption at rest as a Dexie middleware: every row of the tables below is stored as its few plain fields (what
// IndexedDB needs to find rows) plus `sealed`, the whole row encrypted with the data key and bound to its store and
// id. The verbs and the verification read and write plain objects and never see ciphertext. The cipher is handed in
// at unlock and dropped at lock (this module holds no crypto, so it can ship with the first screen); while there is
// none, reading or writing sealed content fails with LockedError. Sealing rows is synchronous (@noble/ciphers, see
// storeCipher.ts): IndexedDB commits a transaction at any await that is not one of its own requests.

/** Seals and opens rows (synchronously), and holds the key file chunks are sealed with; built from the data key after unlock (storeCipher.ts). */
export interface StoreCipher {
  sealRow(store: string, id: string | number, row: object): Uint8Array;
  openRow(store: string, id: string | number, sealed: Uint8Array): Record<string, unknown>;
  /** Web Crypto (asynchronous, so not inside a transaction): for reading many rows at once outside any transaction (the log at unlock). */
  openRowAsync(store: string, id: string | number, sealed: Uint8Array): Promise<Record<string, unknown>>;
  /** The data key, which the chunk store seals file chunks with (src/crypto/fileChunks.ts, not on the first screen). */
  chunkKey(): DataKey;
  /** The data key's bytes, for a worker of this page that reads the store (the log check); it lives only as long as its work. */
  keyForWorker(): Uint8Array;
}

export class LockedError extends Error {
  override name = 'LockedError';
  constructor() {
    super('The log is locked: unlock it to read or change it');
  }
}

/** A row whose visible fields do not match its sealed copy, or a row stored without a seal where one belongs. */
export class TamperedRowError extends Error {
  override name = 'TamperedRowError';
}

interface SealingRule {
  key: string;
  /** Fields kept readable beside the seal (indexes, opaque ids, counters); also inside the seal, and checked against it. */
  plain: readonly string[];
  /** Rows stored wholly plain: only what must be read before unlock, none of it content (the lock's own settings). */
  wholePlain?: (row: Record<string, unknown>) => boolean;
}

/** Settings that must be readable before unlock (lockKeys.ts; alarmAccess.ts, itself sealed by the device key). */
const plainSettingKeys: ReadonlySet<string> = new Set(['keyRing', 'deviceKey', 'unlockFailures', 'autoLockMinutes', 'alarmAccess']);

export const sealingRules: Readonly<Record<string, SealingRule>> = {
  incidents: { key: 'id', plain: ['id', 'trashed', 'version'] },
  attachments: { key: 'id', plain: ['id', 'incidentId', 'version'] },
  files: { key: 'id', plain: ['id'] },
  people: { key: 'id', plain: ['id', 'version'] },
  caseDetails: { key: 'id', plain: ['id', 'version'] },
  drafts: { key: 'id', plain: ['id', 'session', 'subject'] },
  // What the chain is hashed over stays readable, so the history's links and hashes check before unlock.
  revisions: {
    key: 'seq',
    plain: ['seq', 'recipe', 'at', 'action', 'entity', 'entityId', 'incidentId', 'contentHash', 'contentSalt', 'prevHash', 'hash', 'erasedAt'],
  },
  heads: { key: 'id', plain: ['id'] },
  settings: { key: 'key', plain: ['key'], wholePlain: (row) => plainSettingKeys.has(row.key as string) },
};

let cipher: StoreCipher | undefined;

/** Hands the middleware and the chunk store the cipher after unlock, or takes it away at lock (undefined). */
export function useStoreCipher(next: StoreCipher | undefined): void {
  cipher = next;
}

export function currentCipher(): StoreCipher {
  if (!cipher) throw new LockedError();
  return cipher;
}

function sealRow(store: string, rule: SealingRule, row: Record<string, unknown>): Record<string, unknown> {
  if (rule.wholePlain?.(row)) return row;
  const id = row[rule.key];
  if (typeof id !== 'string' && typeof id !== 'number') throw new TypeError(`A ${store} row needs its ${rule.key} before it is sealed`);
  const stored: Record<string, unknown> = { sealed: currentCipher().sealRow(store, id, row) };
  for (const field of rule.plain) if (row[field] !== undefined) stored[field] = row[field];
  return stored;
}

/** The seal of a stored row, or undefined for a row stored wholly plain by its rule; a missing seal is refused. */
function sealOf(store: string, rule: SealingRule, stored: Record<string, unknown>): Uint8Array | undefined {
  // isView, not instanceof: rows may come back from another realm (a worker, a test's fake IndexedDB).
  if (!ArrayBuffer.isView(stored.sealed)) {
    if (rule.wholePlain?.(stored)) return undefined;
    throw new TamperedRowError(`${store} record ${JSON.stringify(stored[rule.key])} is stored without its seal`);
  }
  const { buffer, byteOffset, byteLength } = stored.sealed;
  return new Uint8Array(buffer, byteOffset, byteLength);
}

function checkedAgainstPlain(store: string, rule: SealingRule, stored: Record<string, unknown>, row: Record<string, unknown>): Record<string, unknown> {
  for (const field of rule.plain) {
    if (stored[field] !== row[field]) throw new TamperedRowError(`${store} record ${JSON.stringify(stored[rule.key])}: its visible ${field} was changed`);
  }
  return row;
}

function openRow(store: string, rule: SealingRule, stored: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  if (!stored) return stored;
  const sealed = sealOf(store, rule, stored);
  if (!sealed) return stored;
  return checkedAgainstPlain(store, rule, stored, currentCipher().openRow(store, stored[rule.key] as string | number, sealed));
}

/**
 * Opens many raw rows of one store at once with Web Crypto (in parallel, off the page's thread): the keys of those that
 * do not open come back apart. Only outside a transaction; the middleware's own reads stay synchronous.
 */
export async function openRowsAsync(store: string, storedRows: Record<string, unknown>[]): Promise<{ rows: Record<string, unknown>[]; unreadable: unknown[] }> {
  const rule = sealingRules[store]!;
  const cipher = currentCipher();
  const opened = await Promise.all(storedRows.map(async (stored) => {
    try {
      const sealed = sealOf(store, rule, stored);
      return sealed ? checkedAgainstPlain(store, rule, stored, await cipher.openRowAsync(store, stored[rule.key] as string | number, sealed)) : stored;
    } catch {
      return undefined;
    }
  }));
  return {
    rows: opened.filter((row) => row !== undefined),
    unreadable: storedRows.filter((_, index) => opened[index] === undefined).map((stored) => stored[rule.key]),
  };
}

function openingCursor(store: string, rule: SealingRule, cursor: DBCoreCursor): DBCoreCursor {
  let openedFor: unknown;
  let opened: unknown;
  // key and primaryKey are the native cursor's getters, which throw when called on another object: read them through.
  return Object.create(cursor, {
    key: { get: () => cursor.key },
    primaryKey: { get: () => cursor.primaryKey },
    value: {
      get() {
        if (openedFor !== cursor.value) {
          openedFor = cursor.value;
          opened = openRow(store, rule, cursor.value as Record<string, unknown>);
        }
        return opened;
      },
    },
  }) as DBCoreCursor;
}

function sealedTable(table: DBCoreTable, rule: SealingRule): DBCoreTable {
  const store = table.name;
  const open = (row: unknown) => openRow(store, rule, row as Record<string, unknown> | undefined);
  return {
    ...table,
    mutate(request) {
      if (request.type !== 'add' && request.type !== 'put') return table.mutate(request);
      return table.mutate({ ...request, values: request.values.map((row: Record<string, unknown>) => sealRow(store, rule, row)) });
    },
    get: (request) => table.get(request).then(open),
    getMany: (request) => table.getMany(request).then((rows) => rows.map(open)),
    query: (request) =>
      table.query(request).then((response) => (request.values ? { ...response, result: response.result.map(open) } : response)),
    openCursor: (request) =>
      table.openCursor(request).then((cursor) => (cursor && request.values ? openingCursor(store, rule, cursor) : cursor)),
  };
}

/** The middleware; databases opened with `sealed: true` use it (schema.ts). */
export const sealingMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'sealing',
  create: (down) => ({
    ...down,
    table(name) {
      const table = down.table(name);
      const rule = sealingRules[name];
      return rule ? sealedTable(table, rule) : table;
    },
  }),
};
