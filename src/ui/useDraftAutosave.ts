import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { registerUnsavedWork } from '../app/unsavedWork';
import { saveDraft, type DraftAddress } from '../db';

const quietPeriodMs = 500;

/** What the phone holds of the draft: only `stored` may say "kept on this phone". */
export type DraftStatus = { name: 'unstored' } | { name: 'stored'; at: number } | { name: 'failed'; error: unknown };

/**
 * Keeps an open form's draft on the phone, part by part (a big file list is written once, not on every keystroke):
 * shortly after typing stops, at once for `immediate` parts, when the app is hidden or closed, when the form closes,
 * and before an update reloads the page (a draft that cannot be stored holds the reload back).
 */
export function useDraftAutosave(address: DraftAddress | undefined, parts: Record<string, unknown>, immediate: readonly string[] = []) {
  const latest = useRef({ address, parts });
  latest.current = { address, parts };
  const dirty = useRef(false);
  const written = useRef(new Map<string, unknown>());
  const [status, setStatus] = useState<DraftStatus>({ name: 'unstored' });

  const flush = useCallback(async () => {
    const { address, parts } = latest.current;
    if (!dirty.current || !address) return;
    const prefix = `${address.session}|${address.subject}|`;
    const changed = Object.entries(parts).filter(([part, value]) => written.current.get(prefix + part) !== value);
    try {
      await Promise.all(changed.map(([part, value]) => saveDraft(address, part, value)));
      for (const [part, value] of changed) written.current.set(prefix + part, value);
      setStatus({ name: 'stored', at: Date.now() });
    } catch (error) {
      setStatus({ name: 'failed', error });
      throw error; // an update waiting on this flush must not reload over text that is not stored
    }
  }, []);
  // Background saves show a failure in the form; they have no one else to tell.
  const flushQuietly = useCallback(() => flush().catch(() => undefined), []);

  const values = Object.values(parts);
  const immediateValues = immediate.map((part) => parts[part]);
  useEffect(() => {
    if (!dirty.current) return;
    const timer = setTimeout(flushQuietly, quietPeriodMs);
    return () => clearTimeout(timer);
  }, [address?.subject, ...values]);
  useEffect(() => {
    if (dirty.current) void flushQuietly();
  }, immediateValues);

  useEffect(() => {
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') void flushQuietly();
    };
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', flushQuietly);
    const unregister = registerUnsavedWork(flush);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', flushQuietly);
      unregister();
      void flushQuietly();
    };
  }, []);

  return {
    flush,
    status,
    /** The user changed something that is not saved as a record yet. */
    markDirty: () => {
      dirty.current = true;
    },
    /** What is shown is stored: a saved record, or a draft just read back (its parts count as written). */
    markClean: (storedParts?: Record<string, unknown>, storedAt?: number) => {
      dirty.current = false;
      setStatus(storedAt === undefined ? { name: 'unstored' } : { name: 'stored', at: storedAt });
      const address = latest.current.address;
      if (!storedParts || !address) return;
      for (const [part, value] of Object.entries(storedParts)) written.current.set(`${address.session}|${address.subject}|${part}`, value);
    },
    isDirty: () => dirty.current,
  };
}
