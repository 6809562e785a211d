/**
 * Yields `read(0)` … `read(count - 1)` in order, starting each read while the caller still works on the one before:
 * fetching the next piece (a database read, a frame opened in the cipher's worker) overlaps hashing or storing this
 * one. One read ahead, so memory holds two pieces. A read that fails is thrown when its turn comes.
 */
export async function* readAhead<T>(count: number, read: (index: number) => Promise<T>): AsyncGenerator<T> {
  let next = count > 0 ? read(0) : undefined;
  for (let index = 0; index < count; index++) {
    const current = await next!;
    if (index + 1 < count) {
      next = read(index + 1);
      next.catch(() => undefined); // thrown when awaited, not as an unhandled rejection if the caller stops early
    }
    yield current;
  }
}
