import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { registerUnsavedWork } from '../../app/unsavedWork';
import { saveFilesDraft, saveFormDraft } from './draft';
import type { EditorForm, PendingFile } from './form';

const quietPeriodMs = 500;

/**
 * Keeps the open editor's draft on the phone: shortly after typing stops, at once when files are picked,
 * when the app is hidden or closed, when the editor closes, and before an update reloads the page.
 */
export function useAutosave(key: string, form: EditorForm, files: PendingFile[]) {
  const latest = useRef({ key, form, files });
  latest.current = { key, form, files };
  const dirty = useRef(false);
  const writtenFiles = useRef<{ key: string; files: PendingFile[] }>();
  const [failure, setFailure] = useState<unknown>();
  const [storedAt, setStoredAt] = useState<number>();

  const flush = useCallback(async () => {
    if (!dirty.current) return;
    const { key, form, files } = latest.current;
    const filesChanged = writtenFiles.current?.key !== key || writtenFiles.current.files !== files;
    try {
      await Promise.all([saveFormDraft(key, form), filesChanged ? saveFilesDraft(key, files) : undefined]);
      if (filesChanged) writtenFiles.current = { key, files };
      setFailure(undefined);
      setStoredAt(Date.now());
    } catch (error) {
      setFailure(error);
      throw error; // An update waiting on this flush must not reload over text that is not stored.
    }
  }, []);
  // Background saves show a failure in the editor; they have no one else to tell.
  const flushQuietly = useCallback(() => flush().catch(() => undefined), []);

  useEffect(() => {
    if (!dirty.current) return;
    const timer = setTimeout(flushQuietly, quietPeriodMs);
    return () => clearTimeout(timer);
  }, [form, key]);

  useEffect(() => {
    if (dirty.current) void flushQuietly();
  }, [files]);

  useEffect(() => {
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') void flushQuietly();
    };
    const onPageHide = () => void flushQuietly();
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', onPageHide);
    const unregister = registerUnsavedWork(flush);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', onPageHide);
      unregister();
      void flushQuietly();
    };
  }, []);

  return {
    flush,
    failure,
    /** When the draft was last written to the phone in this visit, so the user can see nothing is lost. */
    storedAt,
    /** The user changed something that is not stored yet. */
    markDirty: () => {
      dirty.current = true;
    },
    /** What is shown is stored (a saved incident, or a draft just read back); `files` are already in the draft. */
    markClean: (storedFiles?: PendingFile[]) => {
      dirty.current = false;
      setStoredAt(undefined);
      writtenFiles.current = storedFiles && { key: latest.current.key, files: storedFiles };
    },
    isDirty: () => dirty.current,
  };
}
