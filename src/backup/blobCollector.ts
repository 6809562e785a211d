/** Output is gathered in small arrays and folded into a Blob now and then, which the browser may keep on disk. */
const foldEvery = 8 * 1024 * 1024;

export class BlobCollector {
  private parts: Blob[] = [];
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;

  add(chunk: Uint8Array): void {
    this.pending.push(chunk);
    this.pendingBytes += chunk.byteLength;
    if (this.pendingBytes >= foldEvery) this.fold();
  }

  private fold(): void {
    if (this.pending.length) this.parts.push(new Blob(this.pending as BlobPart[]));
    this.pending = [];
    this.pendingBytes = 0;
  }

  toBlob(type: string): Blob {
    this.fold();
    return new Blob(this.parts, { type });
  }
}
