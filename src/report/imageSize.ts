// Pixel size of a JPEG or PNG from its header, without decoding: lets the decoder work at the reduced size directly.

const headerBytes = 256 * 1024;

function jpegSize(bytes: DataView): { width: number; height: number } | undefined {
  let offset = 2;
  while (offset + 9 < bytes.byteLength) {
    if (bytes.getUint8(offset) !== 0xff) return undefined;
    const marker = bytes.getUint8(offset + 1);
    const length = bytes.getUint16(offset + 2);
    // Start-of-frame markers carry the size; C4 (Huffman), C8 and CC (arithmetic tables) do not.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: bytes.getUint16(offset + 5), width: bytes.getUint16(offset + 7) };
    }
    offset += 2 + length;
  }
  return undefined;
}

/** Width and height as stored (before any EXIF rotation), or undefined for other formats and broken headers. */
export async function imageSize(file: Blob): Promise<{ width: number; height: number } | undefined> {
  const bytes = new DataView(await file.slice(0, headerBytes).arrayBuffer());
  if (bytes.byteLength > 24 && bytes.getUint32(0) === 0x89504e47) return { width: bytes.getUint32(16), height: bytes.getUint32(20) };
  if (bytes.byteLength > 4 && bytes.getUint16(0) === 0xffd8) return jpegSize(bytes);
  return undefined;
}
