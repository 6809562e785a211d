import type { DataKey } from '../crypto/dataKey';
import { openChunk, sealChunk } from '../crypto/fileChunks';
import { decodeRecord, encodeRecord } from '../crypto/recordCodec';
import { openRecord, openRecordSync, sealRecordSync } from '../crypto/records';
import type { StoreCipher } from './sealing';

/** The store's cipher for one data key: rows with synchronous AES-GCM (noble; Web Crypto for bulk reads), file chunks with Web Crypto. */
export function storeCipherFor(key: DataKey): StoreCipher {
  return {
    sealRow: (store, id, row) => sealRecordSync(key, { store, id }, encodeRecord(row)),
    openRow: (store, id, sealed) => decodeRecord(openRecordSync(key, { store, id }, sealed)) as Record<string, unknown>,
    openRowAsync: async (store, id, sealed) => decodeRecord(await openRecord(key, { store, id }, sealed)) as Record<string, unknown>,
    sealChunk: (place, bytes) => sealChunk(key, place, bytes),
    openChunk: (place, sealed) => openChunk(key, place, sealed),
    keyForWorker: () => key.bytes,
  };
}
