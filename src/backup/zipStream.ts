import { makeZip } from 'client-zip';

// client-zip 2.5.1 writes UTF-8 names flagged as made on Unix (version made by 3), stores without compressing, and switches
// to ZIP64 where a size or offset passes 4 GiB. One flaw is mended here: for a file over 4 GiB its ZIP64 extra field also
// holds the entry's offset while the central header keeps the real (small) offset, which 7-Zip reports as "Headers Error".

export interface ZipEntry {
  /** Path inside the archive, "/" between folders. */
  name: string;
  lastModified: Date;
  input: string | AsyncIterable<Uint8Array>;
}

const centralHeader = { signature: 0x02014b50, length: 46, extraLength: 30, offset: 42 };
/** Extra field length client-zip writes when it stores sizes and offset in ZIP64 form: 4 + 3 × 8 bytes. */
const sizesAndOffset = 28;

/** Says "see the ZIP64 field" in the header's offset, as the specification asks when that field holds the offset. */
function mendCentralHeader(chunk: Uint8Array): void {
  const view = new DataView(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  if (chunk.byteLength !== centralHeader.length || view.getUint32(0, true) !== centralHeader.signature) return;
  if (view.getUint16(centralHeader.extraLength, true) === sizesAndOffset) view.setUint32(centralHeader.offset, 0xffffffff, true);
}

/** The ZIP as a stream of chunks, each entry read to its end before the next is asked for. */
export async function* zipStream(entries: AsyncIterable<ZipEntry>): AsyncGenerator<Uint8Array> {
  // Chunks of the files themselves pass through untouched, whatever bytes they hold.
  const fileChunks = new WeakSet<Uint8Array>();
  async function* remembered(input: AsyncIterable<Uint8Array>) {
    for await (const chunk of input) {
      fileChunks.add(chunk);
      yield chunk;
    }
  }
  async function* tracked() {
    for await (const entry of entries) yield typeof entry.input === 'string' ? entry : { ...entry, input: remembered(entry.input) };
  }
  const reader = makeZip(tracked()).getReader();
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      if (!fileChunks.has(value)) mendCentralHeader(value);
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}
