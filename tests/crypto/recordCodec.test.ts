import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeRecord, encodeRecord, RecordCodecError } from '../../src/crypto/recordCodec';

describe('record codec', () => {
  it('round-trips any JSON-shaped record with text in any script', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        // JSON has one zero: -0 is written as 0, as JSON.stringify does everywhere.
        expect(decodeRecord(encodeRecord(value))).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
    const record = { narrative: 'Han stod ved døren. هو كان هناك. 他在门口。 👣', witnesses: [{ name: 'Åse' }], n: 0 };
    expect(decodeRecord(encodeRecord(record))).toEqual(record);
  });

  it('keeps ArrayBuffers and Uint8Arrays as raw bytes, byte for byte, wherever they sit', () => {
    const chunk = new Uint8Array([0, 1, 2, 250, 255]).buffer;
    const record = { thumbnail: { type: 'image/jpeg', size: 5, chunks: [chunk, new ArrayBuffer(0)] }, raw: new Uint8Array([9, 8, 7]) };
    const back = decodeRecord(encodeRecord(record)) as typeof record;
    expect(Object.prototype.toString.call(back.thumbnail.chunks[0])).toBe('[object ArrayBuffer]');
    expect([...new Uint8Array(back.thumbnail.chunks[0]!)]).toEqual([0, 1, 2, 250, 255]);
    expect(back.thumbnail.chunks[1]!.byteLength).toBe(0);
    expect([...back.raw]).toEqual([9, 8, 7]);
    // Bytes are appended raw, not as base64 text: the encoding is barely larger than the bytes themselves.
    const big = new Uint8Array(100_000).buffer;
    expect(encodeRecord({ big }).length).toBeLessThan(100_100);
  });

  it('refuses what a row must not hold, and input that is not a whole record', () => {
    expect(() => encodeRecord({ photo: new Blob(['x']) })).toThrow(RecordCodecError);
    expect(() => encodeRecord({ at: new Date() })).toThrow(RecordCodecError);
    const bytes = encodeRecord({ data: new Uint8Array([1, 2, 3]).buffer, text: 'hello' });
    for (const length of [0, 3, 10, bytes.length - 1]) expect(() => decodeRecord(bytes.slice(0, length)), `${length}`).toThrow();
    expect(() => decodeRecord(new Uint8Array([7, 0, 0, 0, 2, 123, 125]))).toThrow(RecordCodecError);
  });
});
