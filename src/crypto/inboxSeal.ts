import type { DataKey } from './dataKey';
import { additionalData, DecryptionError, open, seal, type Bytes } from './sealed';

// What another app shares into Spor is received by the service worker, which must store it without being able to
// read it back: it seals to the inbox's public key (ECDH P-256). For each share a fresh ephemeral key pair meets the
// inbox key; HKDF-SHA-256 turns the shared secret into one AES-GCM key for that share only, and every part (the text,
// each file) is sealed with it in the one layout of sealed.ts, its additional data naming the share, the part's number
// and the number of parts, so parts cannot be swapped, dropped or moved to another share. The inbox's private key is
// stored only sealed by the data key, so only the open app can read the inbox.

const curve = { name: 'ECDH', namedCurve: 'P-256' } as const;
/** An uncompressed P-256 public key: 0x04, x, y. */
const publicKeyBytes = 65;

export interface InboxKeyPair {
  /** Raw public key, given to the service worker. */
  publicKey: Bytes;
  /** The private key as PKCS #8, sealed by the data key. */
  sealedPrivateKey: Bytes;
}

function privateKeyContext(): Bytes {
  return additionalData('inbox-key');
}

function partContext(shareId: string, index: number, count: number): Bytes {
  return additionalData('inbox', shareId, index, count);
}

/** A new inbox key pair; the private half leaves this function only sealed by the data key. */
export async function newInboxKeyPair(dataKey: DataKey): Promise<InboxKeyPair> {
  const pair = await crypto.subtle.generateKey(curve, true, ['deriveBits']);
  const publicKey = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
  const privateKey = new Uint8Array(await crypto.subtle.exportKey('pkcs8', pair.privateKey));
  const sealedPrivateKey = await seal(dataKey.webKey, privateKeyContext(), privateKey);
  privateKey.fill(0);
  return { publicKey, sealedPrivateKey };
}

/** The inbox's private key, opened with the data key (DecryptionError with another data key or a changed byte). */
export async function openInboxPrivateKey(dataKey: DataKey, sealedPrivateKey: Uint8Array): Promise<CryptoKey> {
  const pkcs8 = await open(dataKey.webKey, privateKeyContext(), sealedPrivateKey, 'inbox key');
  try {
    return await crypto.subtle.importKey('pkcs8', pkcs8, curve, false, ['deriveBits']);
  } finally {
    pkcs8.fill(0);
  }
}

async function shareKey(ownPrivate: CryptoKey, otherPublic: CryptoKey, ephemeralPublic: Bytes, inboxPublic: Bytes, shareId: string): Promise<CryptoKey> {
  const secret = await crypto.subtle.deriveBits({ name: 'ECDH', public: otherPublic }, ownPrivate, 256);
  const material = await crypto.subtle.importKey('raw', secret, 'HKDF', false, ['deriveKey']);
  const salt = new Uint8Array([...ephemeralPublic, ...inboxPublic]);
  return crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt, info: new TextEncoder().encode(`spor inbox share ${shareId}`) },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

function importPublic(raw: Uint8Array, what: string): Promise<CryptoKey> {
  if (raw.length !== publicKeyBytes) throw new DecryptionError(`${what}: not a P-256 public key`);
  return crypto.subtle.importKey('raw', raw as Bytes, curve, false, []).catch((error: unknown) => {
    throw new DecryptionError(`${what}: not a P-256 public key`, { cause: error });
  });
}

export interface SealedShare {
  /** The share's ephemeral public key, stored beside its parts. */
  ephemeralPublicKey: Bytes;
  parts: Bytes[];
}

/** Seals the parts of one share to the inbox's public key (the service worker's side: it can seal, never open). */
export async function sealShare(inboxPublicKey: Uint8Array, shareId: string, parts: Uint8Array[]): Promise<SealedShare> {
  const inboxPublic = new Uint8Array(inboxPublicKey);
  const recipient = await importPublic(inboxPublic, 'inbox key');
  const ephemeral = await crypto.subtle.generateKey(curve, false, ['deriveBits']);
  const ephemeralPublicKey = new Uint8Array(await crypto.subtle.exportKey('raw', ephemeral.publicKey));
  const key = await shareKey(ephemeral.privateKey, recipient, ephemeralPublicKey, inboxPublic, shareId);
  const sealed: Bytes[] = [];
  for (const [index, part] of parts.entries()) sealed.push(await seal(key, partContext(shareId, index, parts.length), part));
  return { ephemeralPublicKey, parts: sealed };
}

/** Opens every part of a share with the inbox's private key; any change anywhere fails with DecryptionError. */
export async function openShare(inboxPrivateKey: CryptoKey, inboxPublicKey: Uint8Array, shareId: string, share: SealedShare): Promise<Bytes[]> {
  const ephemeral = await importPublic(share.ephemeralPublicKey, `share ${shareId}`);
  let key: CryptoKey;
  try {
    key = await shareKey(inboxPrivateKey, ephemeral, new Uint8Array(share.ephemeralPublicKey), new Uint8Array(inboxPublicKey), shareId);
  } catch (error) {
    throw new DecryptionError(`share ${shareId}: the key cannot be agreed`, { cause: error });
  }
  const opened: Bytes[] = [];
  for (const [index, part] of share.parts.entries()) {
    opened.push(await open(key, partContext(shareId, index, share.parts.length), part, `share ${shareId} part ${index + 1} of ${share.parts.length}`));
  }
  return opened;
}
