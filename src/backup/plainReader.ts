import { BackupError } from './backupFormat';

/** Reads exact lengths from a stream of pieces (the opened frames), whatever the pieces' boundaries. */
export class PlainReader {
  private current: Uint8Array = new Uint8Array(0);
  private at = 0;

  constructor(private readonly source: AsyncIterator<Uint8Array>) {}

  private async fill(): Promise<boolean> {
    while (this.at >= this.current.length) {
      const next = await this.source.next();
      if (next.done) return false;
      this.current = next.value;
      this.at = 0;
    }
    return true;
  }

  /** Up to `most` bytes from the current piece (a view, valid until the next call). */
  private async take(most: number): Promise<Uint8Array> {
    if (!(await this.fill())) throw new BackupError('damaged', 'the content ends too early');
    const piece = this.current.subarray(this.at, this.at + most);
    this.at += piece.length;
    return piece;
  }

  async exact(length: number): Promise<Uint8Array> {
    const bytes = new Uint8Array(length);
    for (let filled = 0; filled < length;) {
      const piece = await this.take(length - filled);
      bytes.set(piece, filled);
      filled += piece.length;
    }
    return bytes;
  }

  /** `length` bytes as they come, piece by piece, never gathered (file bytes). */
  async *pieces(length: number): AsyncGenerator<Uint8Array> {
    for (let left = length; left > 0;) {
      const piece = await this.take(left);
      left -= piece.length;
      yield piece;
    }
  }

  async atEnd(): Promise<boolean> {
    return !(await this.fill());
  }
}
