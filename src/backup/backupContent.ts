// What a backup holds, in the order it holds it (see README.md): the manifest, the stores' records in batches,
// every file's bytes in the manifest's order, then an end mark. Shared by the writer and the reader.

export const backupStores = ['incidents', 'attachments', 'people', 'caseDetails', 'revisions', 'heads', 'settings'] as const;
export type BackupStore = (typeof backupStores)[number];
export type BackupRecords = Record<BackupStore, Record<string, unknown>[]>;

export interface BackupFile {
  /** The attachment id the bytes belong to. */
  id: string;
  size: number;
  /** Lowercase hex SHA-256 recorded when the file was added. */
  sha256: string;
  type: string;
  name: string;
}

export interface BackupManifest {
  formatVersion: number;
  backupId: string;
  createdAt: number;
  appVersion: string;
  counts: Record<BackupStore, number> & { files: number; fileBytes: number };
  /** The history's length and last hash: the head the restored chain must reach. */
  chain: { count: number; headHash: string };
  files: BackupFile[];
}

/** A section's kind, the first byte of its 9-byte head (then its length as an unsigned 64-bit big-endian number). */
export const sectionKind = { end: 0, manifest: 1, records: 2, file: 3 } as const;
export const sectionHeadBytes = 9;
/** Rows per records section, so neither side holds one enormous JSON text. */
export const rowsPerSection = 500;

export function sectionHead(kind: number, length: number): Uint8Array<ArrayBuffer> {
  const head = new Uint8Array(sectionHeadBytes);
  const view = new DataView(head.buffer);
  head[0] = kind;
  view.setUint32(1, Math.floor(length / 2 ** 32));
  view.setUint32(5, length >>> 0);
  return head;
}

export function readSectionHead(head: Uint8Array): { kind: number; length: number } {
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  return { kind: head[0]!, length: view.getUint32(1) * 2 ** 32 + view.getUint32(5) };
}

export function emptyRecords(): BackupRecords {
  return Object.fromEntries(backupStores.map((store) => [store, []])) as unknown as BackupRecords;
}
