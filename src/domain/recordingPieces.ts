// Which stored pieces of a recording can be joined into one playable file: the unbroken run from the first piece.
// A piece after a gap (one write failed, the next succeeded) cannot be decoded without the ones before it.

/** The piece numbers to join, in order: 0, 1, 2... up to the first one missing. */
export function joinablePieces(stored: readonly number[]): number[] {
  const present = new Set(stored);
  const run: number[] = [];
  while (present.has(run.length)) run.push(run.length);
  return run;
}
