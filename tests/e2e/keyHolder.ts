import type { Page } from 'playwright-core';
import { decodeRecord, encodeRecord } from '../../src/crypto/recordCodec';
import { openRecordSync, sealRecordSync } from '../../src/crypto/records';
import { sealingRules } from '../../src/db/sealing';
import type { DataKey } from '../../src/crypto/dataKey';

// Someone who holds the data key (the person herself, anyone who knows the passcode, or anyone with a phone that has
// no passcode, whose data key is unwrapped by the device key stored beside it) can rewrite rows so that they still
// open. Sealing cannot catch that; the history chain and the reports handed out must. These helpers play that person.

/** The data key of a log without a passcode, unwrapped in the page with the device key (which script can use, not read). */
async function deviceDataKey(page: Page): Promise<DataKey> {
  const bytes = await page.evaluate(async () => {
    const database = await new Promise<IDBDatabase>((done, fail) => {
      const request = indexedDB.open('spor-sealed');
      request.onsuccess = () => done(request.result);
      request.onerror = () => fail(request.error);
    });
    const settings = database.transaction('settings').objectStore('settings');
    const read = (key: string) => new Promise<{ value: unknown }>((done) => {
      const request = settings.get(key);
      request.onsuccess = () => done(request.result);
    });
    const [ring, device] = await Promise.all([read('keyRing'), read('deviceKey')]);
    database.close();
    const wrap = (ring.value as { wraps: { method: string; sealed: Uint8Array }[] }).wraps.find((each) => each.method === 'device')!;
    // The layout of every ciphertext (src/crypto/sealed.ts): [version][12-byte IV][AES-GCM ciphertext + tag].
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: wrap.sealed.slice(1, 13), additionalData: new TextEncoder().encode(JSON.stringify([1, 'key', 'device'])) },
      device.value as CryptoKey,
      wrap.sealed.slice(13),
    );
    return [...new Uint8Array(plain)];
  });
  // Only the synchronous row cipher is used here, which needs the bytes alone.
  return { bytes: new Uint8Array(bytes) } as DataKey;
}

/**
 * Rewrites rows of one store as a key holder would: each row is opened, `edit` returns the new content (or undefined
 * to leave it), and it is sealed again with its plain fields, so it opens as if Spor had written it.
 */
export async function rewriteRows(page: Page, store: string, edit: (row: Record<string, unknown>) => Record<string, unknown> | undefined): Promise<void> {
  const key = await deviceDataKey(page);
  const rule = sealingRules[store]!;
  const stored = await page.evaluate(async (name) => {
    const database = await new Promise<IDBDatabase>((done, fail) => {
      const request = indexedDB.open('spor-sealed');
      request.onsuccess = () => done(request.result);
      request.onerror = () => fail(request.error);
    });
    const request = database.transaction(name).objectStore(name).getAll();
    const rows = await new Promise<Record<string, unknown>[]>((done) => { request.onsuccess = () => done(request.result); });
    database.close();
    return rows.map((row): Record<string, unknown> => ({ ...row, sealed: [...(row.sealed as Uint8Array)] }));
  }, store);
  const rewritten: Record<string, unknown>[] = [];
  for (const row of stored) {
    const id = row[rule.key] as string | number;
    const opened = decodeRecord(openRecordSync(key, { store, id }, new Uint8Array(row.sealed as number[]))) as Record<string, unknown>;
    const changed = edit(opened);
    if (!changed) continue;
    const next: Record<string, unknown> = { sealed: [...sealRecordSync(key, { store, id }, encodeRecord(changed))] };
    for (const field of rule.plain) if (changed[field] !== undefined) next[field] = changed[field];
    rewritten.push(next);
  }
  await page.evaluate(async ({ name, rows }) => {
    const database = await new Promise<IDBDatabase>((done, fail) => {
      const request = indexedDB.open('spor-sealed');
      request.onsuccess = () => done(request.result);
      request.onerror = () => fail(request.error);
    });
    const transaction = database.transaction(name, 'readwrite');
    for (const row of rows) transaction.objectStore(name).put({ ...row, sealed: new Uint8Array(row.sealed as number[]) });
    await new Promise((done, fail) => { transaction.oncomplete = done; transaction.onerror = () => fail(transaction.error); });
    database.close();
  }, { name: store, rows: rewritten });
}
