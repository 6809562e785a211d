// Chromium's MediaRecorder writes WebM as a live stream: a Segment and Clusters of unknown size, no Duration, no Cues.
// A player then shows no length and cannot seek. This module reads such a file piece by piece (the recorder's pieces,
// never the whole file in memory) and makes it seekable by changing only its head and adding an end:
// - the head (everything before the first Cluster) is rewritten: a Segment of known size, a SeekHead pointing at
//   Info, Tracks and Cues, Info with the Duration, then the other head elements as they were;
// - Cues (one point per Cluster: its time and place) are appended after the last Cluster.
// The Clusters' bytes are left exactly as recorded. Reading a head this module already rewrote gives the same result
// (an old SeekHead, Duration or Void is dropped), so a finish cut short can run again. Anything unexpected: undefined,
// and the file is kept as recorded. Pure: bytes in, bytes out (EBML as in RFC 8794, the Matroska elements of RFC 9559).

const ids = {
  ebml: 0x1a45dfa3, segment: 0x18538067, seekHead: 0x114d9b74, seek: 0x4dbb, seekId: 0x53ab, seekPosition: 0x53ac,
  info: 0x1549a966, timecodeScale: 0x2ad7b1, duration: 0x4489, tracks: 0x1654ae6b, cluster: 0x1f43b675, timecode: 0xe7,
  simpleBlock: 0xa3, blockGroup: 0xa0, block: 0xa1, cues: 0x1c53bb6b, cuePoint: 0xbb, cueTime: 0xb3,
  cueTrackPositions: 0xb7, cueTrack: 0xf7, cueClusterPosition: 0xf1, void: 0xec,
} as const;

/** Elements that sit directly in the Segment: in a Cluster of unknown size, one of them ends the Cluster. */
const segmentChildren: ReadonlySet<number> = new Set([
  ids.seekHead, ids.info, ids.tracks, ids.cluster, ids.cues, 0x1043a770 /* Chapters */, 0x1941a469 /* Attachments */, 0x1254c367 /* Tags */,
]);
/** Head elements a rewrite replaces: dropped when read back. */
const replacedInHead: ReadonlySet<number> = new Set([ids.seekHead, ids.void, ids.cues]);

interface ElementHeader {
  id: number;
  /** undefined: unknown size (runs until its parent ends, or a sibling-level element begins). */
  size: number | undefined;
  /** Bytes of the id and the size together. */
  length: number;
}

/** The element header at `at`, or undefined if `bytes` ends before it does; throws on bytes that are not EBML. */
function readHeader(bytes: Uint8Array, at: number): ElementHeader | undefined {
  if (at >= bytes.length) return undefined;
  const idLength = Math.clz32(bytes[at]!) - 23;
  if (idLength < 1 || idLength > 4) throw new Error('not EBML: bad element id');
  if (at + idLength >= bytes.length) return undefined;
  const sizeLength = Math.clz32(bytes[at + idLength]!) - 23;
  if (sizeLength < 1 || sizeLength > 8) throw new Error('not EBML: bad element size');
  if (at + idLength + sizeLength > bytes.length) return undefined;
  let id = 0;
  for (let index = 0; index < idLength; index++) id = id * 256 + bytes[at + index]!;
  let size = bytes[at + idLength]! & (0xff >> sizeLength);
  let allOnes = size === 0xff >> sizeLength;
  for (let index = 1; index < sizeLength; index++) {
    const byte = bytes[at + idLength + index]!;
    size = size * 256 + byte;
    allOnes &&= byte === 0xff;
  }
  return { id, size: allOnes ? undefined : size, length: idLength + sizeLength };
}

/** A variable-length integer without its length marker (a block's track number). */
function readVint(bytes: Uint8Array): { value: number; length: number } {
  const length = Math.clz32(bytes[0]!) - 23;
  let value = bytes[0]! & (0xff >> length);
  for (let index = 1; index < length; index++) value = value * 256 + bytes[index]!;
  return { value, length };
}

function readUint(bytes: Uint8Array): number {
  let value = 0;
  for (const byte of bytes) value = value * 256 + byte;
  return value;
}

export interface WebmLayout {
  /** Everything before the first Cluster (EBML header, Segment header, Info, Tracks...), as recorded. */
  head: Uint8Array;
  /** Each Cluster's offset in the file as read, and its time in TimecodeScale units. */
  clusters: { offset: number; time: number }[];
  /** The track the blocks belong to (the recorder writes one). */
  track: number;
  /** From the start to the end of the last block, in TimecodeScale units. */
  duration: number;
  /** Bytes read in all. */
  size: number;
}

type Place = 'head' | 'segment' | 'cluster';

/** Reads a recorder's WebM as its pieces arrive: push each piece in order, then finish(). */
export class WebmReader {
  private place: Place = 'head';
  /** Unread bytes of an element header or a block's start that ran over the end of a piece. */
  private carry = new Uint8Array(0);
  private offset = 0;
  private skip = 0;
  private readonly headParts: Uint8Array[] = [];
  private headDone = false;
  private clusterEnd: number | undefined;
  private readonly clusters: { offset: number; time: number }[] = [];
  private track: number | undefined;
  private lastBlockTime: number | undefined;
  private frameLength = 0;
  private failed = false;

  push(piece: Uint8Array): void {
    if (this.failed) return;
    if (!this.headDone) this.headParts.push(piece);
    try {
      this.read(piece);
    } catch {
      this.failed = true;
    }
  }

  private read(piece: Uint8Array): void {
    let bytes = piece;
    let base = this.offset; // the file offset of bytes[0]
    if (this.carry.length) {
      bytes = new Uint8Array(this.carry.length + piece.length);
      bytes.set(this.carry);
      bytes.set(piece, this.carry.length);
      base -= this.carry.length;
      this.carry = new Uint8Array(0);
    }
    this.offset += piece.length;
    let at = 0;
    while (at < bytes.length) {
      if (this.skip) {
        const skipped = Math.min(this.skip, bytes.length - at);
        this.skip -= skipped;
        at += skipped;
        continue;
      }
      const done = this.step(bytes, at, base + at);
      if (done === undefined) {
        this.carry = bytes.slice(at);
        return;
      }
      at += done;
    }
  }

  /** Reads one element header (and what of it is needed) at `at`: the bytes consumed, or undefined to wait for more. */
  private step(bytes: Uint8Array, at: number, offset: number): number | undefined {
    if (this.place === 'cluster' && this.clusterEnd !== undefined && offset >= this.clusterEnd) this.place = 'segment';
    const header = readHeader(bytes, at);
    if (!header) return undefined;
    const { id, size, length } = header;
    if (this.place === 'head') {
      if (id === ids.ebml && size !== undefined) {
        this.skip = size;
        return length;
      }
      if (id !== ids.segment) throw new Error('not WebM: no Segment');
      this.place = 'segment';
      return length;
    }
    if (this.place === 'cluster' && segmentChildren.has(id) && this.clusterEnd === undefined) this.place = 'segment';
    if (this.place === 'segment') {
      if (id === ids.cluster) {
        if (!this.headDone) this.finishHead(offset);
        this.clusters.push({ offset, time: Number.NaN });
        this.clusterEnd = size === undefined ? undefined : offset + length + size;
        this.place = 'cluster';
        return length;
      }
      if (size === undefined) throw new Error('a head element of unknown size');
      this.skip = size;
      return length;
    }
    // In a Cluster. A BlockGroup is read into: its Block is read as a SimpleBlock is, the rest skipped.
    if (id === ids.blockGroup && size !== undefined) return length;
    if (size === undefined) throw new Error('a cluster child of unknown size');
    if (id === ids.timecode || id === ids.simpleBlock || id === ids.block) {
      const needed = id === ids.timecode ? size : Math.min(size, 11); // a block: its track number and relative time
      if (at + length + needed > bytes.length) return undefined;
      const data = bytes.subarray(at + length, at + length + needed);
      if (id === ids.timecode) this.clusters.at(-1)!.time = readUint(data);
      else this.block(data);
      this.skip = size;
      return length;
    }
    this.skip = size;
    return length;
  }

  private block(start: Uint8Array): void {
    const cluster = this.clusters.at(-1)!;
    const { value: track, length: trackLength } = readVint(start);
    const relative = (start[trackLength]! << 24 >> 16) | start[trackLength + 1]!; // signed 16-bit
    const time = cluster.time + relative;
    this.track ??= track;
    if (this.lastBlockTime !== undefined && time > this.lastBlockTime) this.frameLength = time - this.lastBlockTime;
    this.lastBlockTime = time;
  }

  private finishHead(firstClusterOffset: number): void {
    const head = new Uint8Array(firstClusterOffset);
    let filled = 0;
    for (const part of this.headParts) {
      const take = Math.min(part.length, head.length - filled);
      head.set(part.subarray(0, take), filled);
      filled += take;
      if (filled === head.length) break;
    }
    this.headParts.length = 0;
    this.headParts.push(head);
    this.headDone = true;
  }

  /** What was read, once every piece is in; undefined if it is not a WebM this module can make seekable. */
  finish(): WebmLayout | undefined {
    if (this.failed || !this.headDone || this.track === undefined || this.lastBlockTime === undefined) return undefined;
    if (this.clusters.some((cluster) => Number.isNaN(cluster.time))) return undefined;
    // The last block plays for as long as the one before it did (the recorder's Opus frames are all one length).
    return { head: this.headParts[0]!, clusters: this.clusters, track: this.track, duration: this.lastBlockTime + this.frameLength, size: this.offset };
  }
}

// Writing elements.

function idBytes(id: number): number[] {
  const out: number[] = [];
  for (let value = id; value > 0; value = Math.floor(value / 256)) out.unshift(value & 0xff);
  return out;
}

/** An element with its data, its size in as few bytes as fit (or `sizeBytes`). */
function element(id: number, data: Uint8Array | number[], sizeBytes = 0): Uint8Array {
  const length = data.length;
  const size: number[] = [];
  const width = sizeBytes || Math.max(1, Math.ceil(Math.log2(length + 2) / 7)); // all ones is reserved for "unknown"
  for (let index = 0, value = length; index < width; index++, value = Math.floor(value / 256)) size.unshift(value & 0xff);
  size[0] = size[0]! | (0x80 >> (width - 1));
  return concat([Uint8Array.from(idBytes(id)), Uint8Array.from(size), Uint8Array.from(data)]);
}

function uintElement(id: number, value: number, bytes = 0): Uint8Array {
  const data: number[] = [];
  for (let rest = value; rest > 0 || data.length === 0; rest = Math.floor(rest / 256)) data.unshift(rest & 0xff);
  while (data.length < bytes) data.unshift(0);
  return element(id, data);
}

function floatElement(id: number, value: number): Uint8Array {
  const data = new Uint8Array(8);
  new DataView(data.buffer).setFloat64(0, value);
  return element(id, data);
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** The children of a master element's data, as [header, whole element bytes]. */
function children(data: Uint8Array): { id: number; bytes: Uint8Array; data: Uint8Array }[] {
  const found: { id: number; bytes: Uint8Array; data: Uint8Array }[] = [];
  for (let at = 0; at < data.length;) {
    const header = readHeader(data, at);
    if (!header || header.size === undefined) throw new Error('a head element of unknown size');
    const end = at + header.length + header.size;
    if (end > data.length) throw new Error('a head element runs over');
    found.push({ id: header.id, bytes: data.subarray(at, end), data: data.subarray(at + header.length, end) });
    at = end;
  }
  return found;
}

export interface SeekableParts {
  /** Replaces the file's bytes before its first Cluster. */
  head: Uint8Array;
  /** Appended after the last byte. */
  cues: Uint8Array;
}

/** The new head and the Cues for a file read by WebmReader; undefined if its head is not as expected. */
export function seekableParts(layout: WebmLayout): SeekableParts | undefined {
  try {
    const { head } = layout;
    const ebml = readHeader(head, 0)!;
    const ebmlEnd = ebml.length + ebml.size!;
    const segment = readHeader(head, ebmlEnd)!;
    const segmentChildrenBytes = children(head.subarray(ebmlEnd + segment.length));
    const info = segmentChildrenBytes.find((child) => child.id === ids.info);
    const tracks = segmentChildrenBytes.find((child) => child.id === ids.tracks);
    if (!info || !tracks) return undefined;
    const newInfo = element(ids.info, concat([
      ...children(info.data).filter((child) => child.id !== ids.duration && child.id !== ids.void).map((child) => child.bytes),
      floatElement(ids.duration, layout.duration),
    ]));
    const rest = segmentChildrenBytes.filter((child) => child.id !== ids.info && !replacedInHead.has(child.id)).map((child) => child.bytes);
    // Positions are written in 8 bytes, so the SeekHead's length does not depend on the positions it holds.
    const seekEntry = (id: number, position: number) => element(ids.seek, concat([element(ids.seekId, idBytes(id)), uintElement(ids.seekPosition, position, 8)]));
    const seekHeadFor = (infoAt: number, tracksAt: number, cuesAt: number) =>
      element(ids.seekHead, concat([seekEntry(ids.info, infoAt), seekEntry(ids.tracks, tracksAt), seekEntry(ids.cues, cuesAt)]));
    const seekHeadLength = seekHeadFor(0, 0, 0).length;
    const afterSeekHead = concat([newInfo, ...rest]);
    const tracksAt = seekHeadLength + newInfo.length + rest.slice(0, rest.findIndex((bytes) => readHeader(bytes, 0)!.id === ids.tracks)).reduce((sum, bytes) => sum + bytes.length, 0);
    const segmentDataStart = ebmlEnd + 4 + 8;
    const newHeadLength = segmentDataStart + seekHeadLength + afterSeekHead.length;
    const shift = newHeadLength - head.length;
    const cuesAt = layout.size + shift - segmentDataStart;
    const seekHead = seekHeadFor(seekHeadLength, tracksAt, cuesAt);
    const cues = element(ids.cues, concat(layout.clusters.map((cluster) => element(ids.cuePoint, concat([
      uintElement(ids.cueTime, cluster.time),
      element(ids.cueTrackPositions, concat([uintElement(ids.cueTrack, layout.track), uintElement(ids.cueClusterPosition, cluster.offset + shift - segmentDataStart)])),
    ])))));
    const segmentSize = cuesAt + cues.length;
    const newHead = concat([head.subarray(0, ebmlEnd), Uint8Array.from(idBytes(ids.segment)), sizeBytes8(segmentSize), seekHead, afterSeekHead]);
    return newHead.length === newHeadLength ? { head: newHead, cues } : undefined;
  } catch {
    return undefined;
  }
}

/** A size written in 8 bytes (0x01 then 7 bytes): its width is fixed before the size is known. */
function sizeBytes8(size: number): Uint8Array {
  const out = new Uint8Array(8);
  for (let index = 7, value = size; index > 0; index--, value = Math.floor(value / 256)) out[index] = value & 0xff;
  out[0] = 0x01;
  return out;
}
