/** Every offset at which `needle` occurs in `haystack` (a test's look for bytes that must, or must not, be there). */
export function offsetsOf(haystack: Uint8Array, needle: ArrayLike<number>): number[] {
  const found: number[] = [];
  outer: for (let at = 0; at + needle.length <= haystack.length; at++) {
    for (let index = 0; index < needle.length; index++) if (haystack[at + index] !== needle[index]) continue outer;
    found.push(at);
  }
  return found;
}

export function containsBytes(haystack: Uint8Array, needle: ArrayLike<number>): boolean {
  return offsetsOf(haystack, needle).length > 0;
}
