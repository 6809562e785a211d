// Records travel in a backup as JSON. Bytes inside rows (previews, photos as ArrayBuffer chunks) become
// `{ "$bytes": base64 }` and come back as ArrayBuffers; a Blob would be lost by JSON, so meeting one is an error.

const bytesKey = '$bytes';

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let at = 0; at < bytes.length; at += 0x8000) binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

export function fromHex(hex: string): Uint8Array<ArrayBuffer> {
  if (!/^(?:[0-9a-f]{2})*$/.test(hex)) throw new Error('not lowercase hex');
  return Uint8Array.from(hex.match(/../g) ?? [], (pair) => parseInt(pair, 16));
}

function isArrayBuffer(value: unknown): value is ArrayBuffer {
  return Object.prototype.toString.call(value) === '[object ArrayBuffer]';
}

export function recordsToJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => {
    if (isArrayBuffer(inner)) return { [bytesKey]: toBase64(new Uint8Array(inner)) };
    if (ArrayBuffer.isView(inner)) return { [bytesKey]: toBase64(new Uint8Array(inner.buffer, inner.byteOffset, inner.byteLength)) };
    if (typeof Blob !== 'undefined' && inner instanceof Blob) throw new Error('a Blob inside a record cannot be backed up');
    return inner;
  });
}

export function recordsFromJson(text: string): unknown {
  return JSON.parse(text, (_key, inner: unknown) => {
    if (inner && typeof inner === 'object' && !Array.isArray(inner)) {
      const keys = Object.keys(inner);
      const encoded = (inner as Record<string, unknown>)[bytesKey];
      if (keys.length === 1 && typeof encoded === 'string') return fromBase64(encoded).buffer;
    }
    return inner;
  });
}
