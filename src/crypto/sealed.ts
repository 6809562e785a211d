// One layout for every ciphertext Spor stores: [format version: 1 byte][IV: 12 bytes][AES-GCM ciphertext + 16-byte tag].
// The additional data always starts with the format version and a purpose ('record', 'chunk', 'key'), so a ciphertext
// made for one place cannot be passed off for another. Web Crypto is the normal path; the synchronous twin (sealedSync.ts,
// noble, same bytes) is for steps that must run inside an IndexedDB transaction, which commits at any other await.

export const sealFormatVersion = 1;
const ivBytes = 12;
const headerBytes = 1 + ivBytes;
const tagBytes = 16;

/** Thrown whenever a sealed value does not open: wrong key, or a changed byte anywhere (ciphertext, IV, tag, context). */
export class DecryptionError extends Error {
  override name = 'DecryptionError';
}

export type Bytes = Uint8Array<ArrayBuffer>;
type ContextPart = string | number | boolean;

/** The additional data for a purpose and its context; JSON keeps the parts unambiguous ("a","bc" differs from "ab","c"). */
export function additionalData(purpose: string, ...context: ContextPart[]): Bytes {
  return new TextEncoder().encode(JSON.stringify([sealFormatVersion, purpose, ...context]));
}

/** A fresh random 96-bit IV for every encryption: never a counter, so two tabs or a restored backup cannot repeat one. */
export function freshIv(): Bytes {
  return crypto.getRandomValues(new Uint8Array(ivBytes));
}

export function pack(iv: Bytes, ciphertext: Uint8Array): Bytes {
  const sealed = new Uint8Array(headerBytes + ciphertext.length);
  sealed[0] = sealFormatVersion;
  sealed.set(iv, 1);
  sealed.set(ciphertext, headerBytes);
  return sealed;
}

export function unpack(sealed: Uint8Array, what: string): { iv: Bytes; ciphertext: Bytes } {
  if (sealed.length < headerBytes + tagBytes) throw new DecryptionError(`${what}: too short to be sealed data`);
  if (sealed[0] !== sealFormatVersion) throw new DecryptionError(`${what}: unknown format version ${sealed[0]}`);
  // Views, not copies: Web Crypto copies its input anyway, and a file chunk or backup frame is 4 MiB.
  const bytes = sealed as Bytes;
  return { iv: bytes.subarray(1, headerBytes), ciphertext: bytes.subarray(headerBytes) };
}

export async function seal(key: CryptoKey, context: Bytes, plaintext: Uint8Array): Promise<Bytes> {
  const iv = freshIv();
  const ciphertext = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: context }, key, plaintext as Bytes);
  return pack(iv, new Uint8Array(ciphertext));
}

/** `what` names the value in the error (a store and id, say), so a failure says where it happened. */
export async function open(key: CryptoKey, context: Bytes, sealed: Uint8Array, what: string): Promise<Bytes> {
  const { iv, ciphertext } = unpack(sealed, what);
  try {
    return new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv, additionalData: context }, key, ciphertext));
  } catch (error) {
    throw new DecryptionError(`${what}: cannot be decrypted (wrong key, or changed since it was written)`, { cause: error });
  }
}
