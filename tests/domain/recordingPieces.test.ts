import { describe, expect, it } from 'vitest';
import { joinablePieces } from '../../src/domain/recordingPieces';
import { clockDuration } from '../../src/domain/duration';

describe('joining a recording’s pieces', () => {
  it('joins every piece of an unbroken run, in order, whatever order they were listed in', () => {
    expect(joinablePieces([2, 0, 1, 3])).toEqual([0, 1, 2, 3]);
  });
  it('stops at the first missing piece: what follows cannot be decoded without it', () => {
    expect(joinablePieces([0, 1, 3, 4])).toEqual([0, 1]);
  });
  it('has nothing to join without the first piece, or without any', () => {
    expect(joinablePieces([1, 2])).toEqual([]);
    expect(joinablePieces([])).toEqual([]);
  });
});

describe('durations as a clock shows them', () => {
  it('writes minutes and seconds, hours when there are any, rounding down', () => {
    expect([clockDuration(0), clockDuration(7_999), clockDuration(754_000), clockDuration(3_723_000)]).toEqual(['0:00', '0:07', '12:34', '1:02:03']);
  });
});
