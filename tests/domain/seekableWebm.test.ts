import { describe, expect, it } from 'vitest';
import { seekableParts, WebmReader, type WebmLayout } from '../../src/domain/seekableWebm';
import { recordedWebm, recordedWebmPieces } from '../helpers/recordedWebm';
import { offsetsOf } from '../helpers/bytes';

const recorded = recordedWebm;
const pieces = recordedWebmPieces;

function read(parts: Uint8Array[]): WebmLayout | undefined {
  const reader = new WebmReader();
  for (const part of parts) reader.push(part);
  return reader.finish();
}

const uint64 = (bytes: Uint8Array, at: number) => Number(new DataView(bytes.buffer, bytes.byteOffset + at, 8).getBigUint64(0));

function fixedFile(layout: WebmLayout): { fixed: Uint8Array; head: Uint8Array; cues: Uint8Array } {
  const { head, cues } = seekableParts(layout)!;
  const rest = recorded.subarray(layout.head.length);
  const fixed = new Uint8Array(head.length + rest.length + cues.length);
  fixed.set(head);
  fixed.set(rest, head.length);
  fixed.set(cues, head.length + rest.length);
  return { fixed, head, cues };
}

describe('making a recorder’s WebM seekable', () => {
  it('reads the recorder’s pieces: the head before the first cluster, each cluster’s time, the track and the length', () => {
    const layout = read(pieces)!;
    expect(layout.head.length).toBe(146);
    expect(layout.head).toEqual(recorded.subarray(0, 146));
    expect(layout.track).toBe(1);
    expect(layout.size).toBe(recorded.length);
    expect(layout.clusters.length).toBeGreaterThanOrEqual(3);
    expect(layout.clusters[0]!.time).toBe(0);
    for (const [index, cluster] of layout.clusters.entries()) {
      expect(offsetsOf(recorded.subarray(cluster.offset, cluster.offset + 4), [0x1f, 0x43, 0xb6, 0x75])).toEqual([0]);
      if (index) expect(cluster.time).toBeGreaterThan(layout.clusters[index - 1]!.time);
    }
    // 6 s recorded (milliseconds, the recorder's TimecodeScale), give or take the recorder's start and stop.
    expect(layout.duration).toBeGreaterThan(5000);
    expect(layout.duration).toBeLessThan(7000);
  });

  it('reads the same however the bytes are cut (an element header split across pieces)', () => {
    const whole = read(pieces)!;
    const cuts: Uint8Array[] = [];
    for (let at = 0; at < recorded.length;) {
      const length = at < 400 ? 1 : 997; // byte by byte through the head, then odd lengths
      cuts.push(recorded.subarray(at, at + length));
      at += length;
    }
    expect(read(cuts)).toEqual(whole);
  });

  it('writes a head with the Duration and a SeekHead, and Cues at the end pointing at every cluster; the clusters stay as recorded', () => {
    const layout = read(pieces)!;
    const { fixed, head, cues } = fixedFile(layout);
    expect(fixed.subarray(head.length, fixed.length - cues.length)).toEqual(recorded.subarray(146));
    const segmentAt = offsetsOf(fixed, [0x18, 0x53, 0x80, 0x67])[0]!;
    const segmentDataStart = segmentAt + 12;
    // The Segment's size (8 bytes, its marker 0x01 first): exactly to the end of the file.
    expect(fixed[segmentAt + 4]).toBe(0x01);
    const segmentSize = new DataView(fixed.buffer, segmentAt + 4, 8).getBigUint64(0) - (1n << 56n);
    expect(Number(segmentSize)).toBe(fixed.length - segmentDataStart);
    // Duration: a 64-bit float in the Info.
    const [durationAt] = offsetsOf(head, [0x44, 0x89, 0x88]);
    expect(new DataView(head.buffer, head.byteOffset + durationAt! + 3, 8).getFloat64(0)).toBe(layout.duration);
    // The SeekHead's positions land on Info, Tracks and Cues.
    const positions = offsetsOf(head, [0x53, 0xac, 0x88]).map((at) => uint64(head, at + 3));
    expect(positions.map((position) => [...fixed.subarray(segmentDataStart + position, segmentDataStart + position + 4)]))
      .toEqual([[0x15, 0x49, 0xa9, 0x66], [0x16, 0x54, 0xae, 0x6b], [0x1c, 0x53, 0xbb, 0x6b]]);
    // Each cue point lands on a Cluster, in order.
    const clusterPositions = offsetsOf(cues, [0xf1]).map((at) => {
      const length = cues[at + 1]! & 0x7f;
      let value = 0;
      for (let index = 0; index < length; index++) value = value * 256 + cues[at + 2 + index]!;
      return value;
    });
    expect(clusterPositions).toHaveLength(layout.clusters.length);
    for (const position of clusterPositions) {
      expect([...fixed.subarray(segmentDataStart + position, segmentDataStart + position + 4)]).toEqual([0x1f, 0x43, 0xb6, 0x75]);
    }
  });

  it('a head it already rewrote (a finish cut short and run again) gives the same head and Cues', () => {
    const layout = read(pieces)!;
    const { fixed, head, cues } = fixedFile(layout);
    const again = read([fixed.subarray(0, fixed.length - cues.length)])!;
    expect(again.head).toEqual(head);
    expect(seekableParts(again)).toEqual({ head, cues });
  });

  it('leaves anything else alone: an MP4, a cut-off head, bytes that are not EBML', () => {
    const mp4 = new Uint8Array([0, 0, 0, 0x20, 0x66, 0x74, 0x79, 0x70, 0x69, 0x73, 0x6f, 0x6d, 0, 0, 2, 0]);
    expect(read([mp4])).toBeUndefined();
    expect(read([recorded.subarray(0, 100)])).toBeUndefined();
    expect(read([new Uint8Array(64)])).toBeUndefined();
  });
});
