// Editors register a flush so that anything that reloads the page (an accepted update, say) saves drafts first.
type Flush = () => Promise<void>;
const flushes = new Set<Flush>();

/** Returns the function that unregisters it (call it when the editor closes). */
export function registerUnsavedWork(flush: Flush): () => void {
  flushes.add(flush);
  return () => flushes.delete(flush);
}

/** Saves every open editor's draft; resolves once all are stored. */
export async function flushUnsavedWork(): Promise<void> {
  await Promise.all([...flushes].map((flush) => flush()));
}
