// A record's content as bytes to seal, and back. JSON for the shape, with every ArrayBuffer and Uint8Array moved
// out beside it as raw bytes (previews, photos and files in drafts live inside rows; base64 would add a third).
// Layout: [codec version: 1 byte][JSON length: u32 big-endian][JSON, UTF-8][per binary part: length u32, bytes].
// What JSON cannot hold (undefined, NaN, a Blob, a Date) is not in Spor's rows: a Blob or Date is refused loudly.

const recordCodecVersion = 1;
/** The marker key of a binary part in the JSON; a NUL character never appears in the app's own field names. */
const binaryMarker = '\u0000bin';
const arrayMarker = '\u0000u8';

export class RecordCodecError extends Error {
  override name = 'RecordCodecError';
}

export function encodeRecord(content: unknown): Uint8Array<ArrayBuffer> {
  const parts: Uint8Array[] = [];
  const json = JSON.stringify(content, function (this: Record<string, unknown>, key, converted: unknown) {
    // The holder's own value, before toJSON (a Date would arrive here as text already).
    const value = this[key];
    // Tags, not instanceof: values may come from another realm (a worker, a test's fake IndexedDB).
    const tag = Object.prototype.toString.call(value);
    if (tag === '[object ArrayBuffer]') {
      parts.push(new Uint8Array(value as ArrayBuffer));
      return { [binaryMarker]: parts.length - 1 };
    }
    if (tag === '[object Uint8Array]') {
      parts.push(value as Uint8Array);
      return { [arrayMarker]: parts.length - 1 };
    }
    if (value && typeof value === 'object' && !Array.isArray(value) && tag !== '[object Object]') {
      throw new RecordCodecError(`A stored record cannot hold a ${tag}`);
    }
    return converted;
  });
  const text = new TextEncoder().encode(json ?? 'null');
  const total = 5 + text.length + parts.reduce((sum, part) => sum + 4 + part.length, 0);
  const bytes = new Uint8Array(total);
  const view = new DataView(bytes.buffer);
  bytes[0] = recordCodecVersion;
  view.setUint32(1, text.length);
  bytes.set(text, 5);
  let offset = 5 + text.length;
  for (const part of parts) {
    view.setUint32(offset, part.length);
    bytes.set(part, offset + 4);
    offset += 4 + part.length;
  }
  return bytes;
}

export function decodeRecord(bytes: Uint8Array): unknown {
  if (bytes.length < 5 || bytes[0] !== recordCodecVersion) throw new RecordCodecError('Not a stored record (unknown codec version)');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const jsonLength = view.getUint32(1);
  if (5 + jsonLength > bytes.length) throw new RecordCodecError('A stored record is cut short');
  const json = new TextDecoder().decode(bytes.subarray(5, 5 + jsonLength));
  const parts: Uint8Array[] = [];
  for (let offset = 5 + jsonLength; offset < bytes.length; ) {
    if (offset + 4 > bytes.length) throw new RecordCodecError('A stored record is cut short');
    const length = view.getUint32(offset);
    if (offset + 4 + length > bytes.length) throw new RecordCodecError('A stored record is cut short');
    parts.push(bytes.slice(offset + 4, offset + 4 + length));
    offset += 4 + length;
  }
  const part = (index: unknown) => {
    const found = typeof index === 'number' ? parts[index] : undefined;
    if (!found) throw new RecordCodecError('A stored record names a binary part it does not hold');
    return found;
  };
  return JSON.parse(json, (_key, value: unknown) => {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      if (binaryMarker in value) return part((value as Record<string, unknown>)[binaryMarker]).buffer;
      if (arrayMarker in value) return part((value as Record<string, unknown>)[arrayMarker]);
    }
    return value;
  });
}
