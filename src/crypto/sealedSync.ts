import { gcm } from '@noble/ciphers/aes.js';
import { DecryptionError, freshIv, pack, unpack, type Bytes } from './sealed';

// The synchronous twin of seal/open (same bytes), for steps inside an IndexedDB transaction, which commits at any
// await that is not one of its own requests. Apart from sealed.ts so that Web Crypto users do not load noble.

export function sealSync(key: Uint8Array, context: Bytes, plaintext: Uint8Array): Bytes {
  const iv = freshIv();
  return pack(iv, gcm(key, iv, context).encrypt(plaintext));
}

export function openSync(key: Uint8Array, context: Bytes, sealed: Uint8Array, what: string): Bytes {
  const { iv, ciphertext } = unpack(sealed, what);
  try {
    return gcm(key, iv.slice(), context).decrypt(ciphertext.slice()) as Bytes; // noble wants its own aligned buffers
  } catch (error) {
    throw new DecryptionError(`${what}: cannot be decrypted (wrong key, or changed since it was written)`, { cause: error });
  }
}
