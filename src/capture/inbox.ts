import { lockState, unlockedDataKey } from '../app/lock';
import { newInboxKeyPair, openInboxPrivateKey, openShare } from '../crypto/inboxSeal';
import type { ShareManifest } from '../domain/share';
import { deleteShare, getShare, readInboxKey, writeInboxKey } from './inboxDb';

// The app's side of the share inbox: it makes the inbox key while the data key is in memory, opens shares for the
// editor, and empties them once the incident is saved or thrown away.

export interface ReceivedShare extends Omit<ShareManifest, 'files'> {
  id: string;
  files: File[];
}

/** Thrown when there is a share but the data key in memory cannot open it (the app is locked, or the key changed). */
export class ShareUnreadableError extends Error {
  override name = 'ShareUnreadableError';
}

/**
 * Makes sure the service worker has a public key to seal shares to, whose private half the current data key opens.
 * A key the data key cannot open (a new data key) is replaced: shares sealed to the old one could never be read.
 */
export async function ensureInboxKey(): Promise<void> {
  const dataKey = unlockedDataKey();
  if (!dataKey) return;
  const stored = await readInboxKey();
  if (stored && (await openInboxPrivateKey(dataKey, new Uint8Array(stored.sealedPrivateKey)).then(() => true, () => false))) return;
  const pair = await newInboxKeyPair(dataKey);
  await writeInboxKey({ id: 'inbox', publicKey: pair.publicKey.buffer, sealedPrivateKey: pair.sealedPrivateKey.buffer });
}

/** One share, opened: undefined when it is not (or no longer) in the inbox. */
export async function readShare(id: string): Promise<ReceivedShare | undefined> {
  const [row, key] = await Promise.all([getShare(id), readInboxKey()]);
  if (!row) return undefined;
  const dataKey = unlockedDataKey();
  if (!dataKey || !key) throw new ShareUnreadableError('The inbox cannot be opened without the data key');
  const privateKey = await openInboxPrivateKey(dataKey, new Uint8Array(key.sealedPrivateKey));
  const [manifestBytes, ...fileBytes] = await openShare(privateKey, new Uint8Array(key.publicKey), id, {
    ephemeralPublicKey: new Uint8Array(row.ephemeralPublicKey), parts: row.parts.map((part) => new Uint8Array(part)),
  });
  const { files, ...manifest } = JSON.parse(new TextDecoder().decode(manifestBytes)) as ShareManifest;
  return {
    id, ...manifest,
    // lastModified 0: the share has no file date, and the attachment must not claim one (only EXIF can say).
    files: files.map((facts, index) => new File([fileBytes[index]!], facts.name, { type: facts.type, lastModified: 0 })),
  };
}

/** Removes a share from the inbox: its incident was saved, or thrown away. */
export function emptyShare(id: string): Promise<void> {
  return deleteShare(id);
}

/** Each time the app opens (unlocked), the inbox key is made or checked, so a share can always be sealed to it. */
export function keepInboxKeyReady(): void {
  lockState.subscribe((state) => {
    if (state === 'open') void ensureInboxKey().catch(() => undefined);
  });
}
