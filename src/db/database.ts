import { SporDatabase } from './schema';

/** The one database of the app. Tests swap it with `useDatabase` for a fresh fake-indexeddb instance. */
export let db = new SporDatabase();

export function useDatabase(next: SporDatabase): void {
  db = next;
}
