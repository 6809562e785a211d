import type { SporDatabase } from './schema';

// What only an older version's plain database needs, once per phone, loaded only then: Vite's lists of the files
// each of these preloads live in this module's chunk, not in the shell's code every start pays for.

/** The lock's rows of the plain database, taken over before the sealed store opens (moveToSealed.ts). */
export async function adoptPlainLockRows(): Promise<void> {
  await (await import('./moveToSealed')).adoptPlainLockRows();
}

/** Blobs from before version 4 in the plain database, converted as it opens (blobConversion.ts). */
export async function convertStoredBlobs(database: SporDatabase): Promise<void> {
  await (await import('./blobConversion')).convertStoredBlobs(database);
}
