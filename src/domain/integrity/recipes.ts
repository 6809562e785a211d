import { canonicalJson, sha256Hex, toHex } from '../../crypto/sha256';
import { isStoredBytes } from '../storedBytes';
import type { FieldChange, Revision } from '../types';

// How a revision's hash is computed. Recipes are history like the schema: a recipe is never changed once
// revisions were written with it, because heads printed in reports and seals already pin those hashes.

export const genesisHash = '0'.repeat(64);
export type RevisionBody = Omit<Revision, 'hash'>;

/** Recipe 1 (first release): every field including the changes themselves, and the previous hash. */
export function revisionHashV1(body: RevisionBody): string {
  const { seq, at, action, entity, entityId, incidentId, changes, prevHash } = body;
  return sha256Hex(canonicalJson({ seq, at, action, entity, entityId, incidentId: incidentId ?? null, changes, prevHash }));
}

/** Recipe 2: metadata and the content's hash only, so content can be erased or encrypted and the chain still checks. */
export function revisionHashV2(body: RevisionBody): string {
  const { seq, at, action, entity, entityId, incidentId, contentHash, prevHash } = body;
  return sha256Hex(canonicalJson({ recipe: 2, seq, at, action, entity, entityId, incidentId: incidentId ?? null, contentHash: contentHash ?? null, prevHash }));
}

export function contentHashOf(changes: FieldChange[], salt: string): string {
  return sha256Hex(canonicalJson({ salt, changes }));
}

/** 128 random bits, hex. */
export function newSalt(): string {
  return toHex(crypto.getRandomValues(new Uint8Array(16)));
}

export function recipeOf(revision: Pick<Revision, 'recipe'>): 1 | 2 {
  return revision.recipe ?? 1;
}

/** The hash a revision should carry by its own recipe; undefined when it cannot be recomputed (an erased recipe-1 revision). */
export function expectedHash(revision: Revision): string | undefined {
  const { hash: _hash, ...body } = revision;
  if (recipeOf(revision) === 2) return revisionHashV2(body);
  return revision.erasedAt === undefined ? revisionHashV1(body) : undefined;
}

/** A Blob or stored bytes are recorded by size, never copied into the history; the same rule when comparing stored rows. */
export function recordable(value: unknown): unknown {
  if (typeof Blob !== 'undefined' && value instanceof Blob) return { blobSize: value.size };
  if (isStoredBytes(value)) return { blobSize: value.size };
  return value;
}
