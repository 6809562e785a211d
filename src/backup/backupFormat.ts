import { sha256 } from '@noble/hashes/sha2.js';
import { toHex } from '../crypto/sha256';
import { meetsMinimum, type Argon2idParams } from '../crypto/kdfParams';

// The plain head of a `.spor` backup (layout in README.md). Everything in it is covered by the SHA-256 that ends it,
// so a changed byte there reads as "damaged", never as a wrong passphrase or a newer format.

/** PNG-style: a high byte (not text), "SPR", then CR LF, Ctrl-Z, LF, which catch transfers that mangle line ends. */
export const backupMagic = Uint8Array.of(0x89, 0x53, 0x50, 0x52, 0x0d, 0x0a, 0x1a, 0x0a);
export const backupFormatVersion = 1;
/** Magic (8) + format version (u16) + header length (u32). Every format version keeps these 14 bytes and the digest. */
export const fixedPrefixBytes = 14;
export const digestBytes = 32;
/** AES-GCM's overhead per frame in the sealed layout: format byte, 12-byte IV, 16-byte tag. */
export const sealOverhead = 29;
/** Plain bytes per frame; the reader takes the size from the header. */
export const defaultFrameBytes = 4 * 1024 * 1024;
const largestHeader = 64 * 1024;

export type BackupProblem =
  | 'empty' | 'notBackup' | 'newerFormat' | 'damaged' | 'truncated' | 'wrongPassphrase' | 'fileChanged' | 'history' | 'cancelled';

/** Every way a backup can fail to open, each with its own reason (and its own message in the app). */
export class BackupError extends Error {
  override name = 'BackupError';
  constructor(readonly problem: BackupProblem, detail: string, options?: ErrorOptions) {
    super(`${problem}: ${detail}`, options);
  }
}

export interface BackupHeader {
  /** 128 random bits, hex: binds every frame to this one backup. */
  backupId: string;
  kdf: Omit<Argon2idParams, 'salt'> & { salt: string };
  /** Plain bytes per frame (the last frame may be shorter). */
  frameBytes: number;
  /** A sealed small value ({ plainBytes, frameCount }) that only the right passphrase opens, base64. */
  check: string;
}

export interface ParsedHead {
  header: BackupHeader;
  /** Hex SHA-256 that ends the head; every frame's additional data names it. */
  digest: string;
  /** Where the first frame starts. */
  headBytes: number;
}

function u16(bytes: Uint8Array, at: number): number {
  return (bytes[at]! << 8) | bytes[at + 1]!;
}

function u32(bytes: Uint8Array, at: number): number {
  return ((bytes[at]! << 24) >>> 0) + ((bytes[at + 1]! << 16) | (bytes[at + 2]! << 8) | bytes[at + 3]!);
}

export function encodeHead(header: BackupHeader): { bytes: Uint8Array<ArrayBuffer>; digest: string } {
  const json = new TextEncoder().encode(JSON.stringify(header));
  const bytes = new Uint8Array(fixedPrefixBytes + json.length + digestBytes);
  const view = new DataView(bytes.buffer);
  bytes.set(backupMagic, 0);
  view.setUint16(8, backupFormatVersion);
  view.setUint32(10, json.length);
  bytes.set(json, fixedPrefixBytes);
  const digest = sha256(bytes.subarray(0, fixedPrefixBytes + json.length));
  bytes.set(digest, fixedPrefixBytes + json.length);
  return { bytes, digest: toHex(digest) };
}

/** How many bytes the head takes, from its first 14 bytes (throws for a file that is not a backup). */
export function headLength(prefix: Uint8Array, fileSize: number): number {
  if (fileSize === 0) throw new BackupError('empty', 'the file is empty');
  if (prefix.length < fixedPrefixBytes || backupMagic.some((byte, index) => prefix[index] !== byte)) {
    throw new BackupError('notBackup', 'the file does not start like a Spor backup');
  }
  const jsonBytes = u32(prefix, 10);
  if (jsonBytes > largestHeader) throw new BackupError('damaged', 'the header length is out of range');
  return fixedPrefixBytes + jsonBytes + digestBytes;
}

function isHeader(value: unknown): value is BackupHeader {
  const header = value as BackupHeader;
  return !!header && typeof header.backupId === 'string' && typeof header.check === 'string'
    && Number.isSafeInteger(header.frameBytes) && header.frameBytes > 0
    && !!header.kdf && header.kdf.algorithm === 'argon2id' && typeof header.kdf.salt === 'string' && meetsMinimum(header.kdf);
}

/** Checks the digest first, then the version: a newer format keeps the prefix and digest, so it is named as such. */
export function parseHead(head: Uint8Array): ParsedHead {
  const jsonEnd = head.length - digestBytes;
  if (toHex(sha256(head.subarray(0, jsonEnd))) !== toHex(head.subarray(jsonEnd))) {
    throw new BackupError('damaged', 'the header does not match its checksum');
  }
  const version = u16(head, 8);
  if (version > backupFormatVersion) throw new BackupError('newerFormat', `format version ${version} is newer than ${backupFormatVersion}`);
  if (version < 1) throw new BackupError('damaged', `unknown format version ${version}`);
  let header: unknown;
  try {
    header = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(fixedPrefixBytes, jsonEnd)));
  } catch (error) {
    throw new BackupError('damaged', 'the header is not readable', { cause: error });
  }
  if (!isHeader(header)) throw new BackupError('damaged', 'the header lacks a field');
  return { header, digest: toHex(head.subarray(jsonEnd)), headBytes: head.length };
}
