import type { DataKey } from './dataKey';
import { additionalData, open, seal, type Bytes } from './sealed';
import { openSync, sealSync } from './sealedSync';

// A record's ciphertext is bound to its store and id (and the format version, in every context), so rows cannot be
// swapped between records or stores without failing to decrypt.

export interface RecordAddress {
  store: string;
  id: string | number;
}

function recordContext({ store, id }: RecordAddress): Bytes {
  return additionalData('record', store, id);
}

function describe({ store, id }: RecordAddress): string {
  return `${store} record ${JSON.stringify(id)}`;
}

export function sealRecord(key: DataKey, address: RecordAddress, plaintext: Uint8Array): Promise<Bytes> {
  return seal(key.webKey, recordContext(address), plaintext);
}

export function openRecord(key: DataKey, address: RecordAddress, sealed: Uint8Array): Promise<Bytes> {
  return open(key.webKey, recordContext(address), sealed, describe(address));
}

/** Synchronous twin of sealRecord, for use inside an IndexedDB transaction. */
export function sealRecordSync(key: DataKey, address: RecordAddress, plaintext: Uint8Array): Bytes {
  return sealSync(key.bytes, recordContext(address), plaintext);
}

/** Synchronous twin of openRecord, for use inside an IndexedDB transaction. */
export function openRecordSync(key: DataKey, address: RecordAddress, sealed: Uint8Array): Bytes {
  return openSync(key.bytes, recordContext(address), sealed, describe(address));
}
