import type { IndexableType } from 'dexie';
import { DecryptionError } from '../crypto/sealed';
import { TamperedRowError } from './sealing';

/**
 * Every row of a table (or of one query on it) that opens, and the keys of those that do not (a sealed row changed or damaged outside the
 * app fails to decrypt). Reads the whole table at once and, only if some row fails, row by row.
 */
function isUnreadable(error: unknown): boolean {
  return error instanceof DecryptionError || error instanceof TamperedRowError;
}

/** The parts of a Dexie table and of the collection to read that this needs (any key and insert types fit). */
interface ReadableTable<Row> {
  get(key: IndexableType): Promise<Row | undefined>;
  toCollection(): ReadableCollection<Row>;
}
export interface ReadableCollection<Row> {
  toArray(): Promise<Row[]>;
  primaryKeys(): Promise<IndexableType[]>;
}

export async function readableRows<Row>(
  table: ReadableTable<Row>, collection: ReadableCollection<Row> = table.toCollection(),
): Promise<{ rows: Row[]; unreadable: IndexableType[] }> {
  try {
    return { rows: await collection.toArray(), unreadable: [] };
  } catch (error) {
    if (!isUnreadable(error)) throw error;
  }
  const rows: Row[] = [];
  const unreadable: IndexableType[] = [];
  for (const key of await collection.primaryKeys()) {
    try {
      const row = await table.get(key);
      if (row) rows.push(row);
    } catch {
      unreadable.push(key);
    }
  }
  return { rows, unreadable };
}

/** bulkGet that gives `undefined` for a row that does not open, instead of failing for all of them. */
export async function readableByKeys<Row>(
  table: ReadableTable<Row> & { bulkGet(keys: IndexableType[]): Promise<(Row | undefined)[]> }, keys: IndexableType[],
): Promise<(Row | undefined)[]> {
  try {
    return await table.bulkGet(keys);
  } catch (error) {
    if (!isUnreadable(error)) throw error;
  }
  return Promise.all(keys.map((key) => table.get(key).catch(() => undefined)));
}
