// The data key encrypts every record and file chunk. It exists in plain only in memory while the app is unlocked;
// at rest it is only ever stored wrapped (keyRing.ts). The raw bytes are kept beside the Web Crypto key because the
// synchronous path (noble) and re-wrapping on a passcode change both need them.

import type { Bytes } from './sealed';

export interface DataKey {
  readonly bytes: Bytes;
  readonly webKey: CryptoKey;
}

export const dataKeyBytes = 32;

/** Imports 32 raw bytes as a non-extractable AES-GCM key. */
export async function importDataKey(bytes: Uint8Array): Promise<DataKey> {
  if (bytes.length !== dataKeyBytes) throw new Error(`A data key has ${dataKeyBytes} bytes, not ${bytes.length}`);
  const copy = new Uint8Array(bytes);
  const webKey = await crypto.subtle.importKey('raw', copy, { name: 'AES-GCM' }, false, ['encrypt', 'decrypt']);
  return { bytes: copy, webKey };
}

/** A new random 256-bit data key. */
export function newDataKey(): Promise<DataKey> {
  return importDataKey(crypto.getRandomValues(new Uint8Array(dataKeyBytes)));
}
