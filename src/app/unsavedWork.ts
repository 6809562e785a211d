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

/** Saves drafts, but waits no longer than `ms`: hiding the app must not wait on a stuck database. */
export async function flushUnsavedWorkWithin(ms: number): Promise<void> {
  await Promise.race([flushUnsavedWork().catch(() => undefined), new Promise((done) => setTimeout(done, ms))]);
}
