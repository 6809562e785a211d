import type { DataKey } from '../crypto/dataKey';
import { decodeRecord, encodeRecord } from '../crypto/recordCodec';
import { openRecord, openRecordSync, sealRecordSync } from '../crypto/records';
import type { StoreCipher } from './sealing';

/** The store's cipher for one data key: rows with synchronous AES-GCM (noble; Web Crypto for bulk reads); file chunks are sealed by the chunk store with its key. */
export function storeCipherFor(key: DataKey): StoreCipher {
  return {
    sealRow: (store, id, row) => sealRecordSync(key, { store, id }, encodeRecord(row)),
    openRow: (store, id, sealed) => decodeRecord(openRecordSync(key, { store, id }, sealed)) as Record<string, unknown>,
    openRowAsync: async (store, id, sealed) => decodeRecord(await openRecord(key, { store, id }, sealed)) as Record<string, unknown>,
    chunkKey: () => key,
    keyForWorker: () => key.bytes,
  };
}
