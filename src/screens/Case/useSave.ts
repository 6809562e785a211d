import { useEffect, useRef, useState } from 'preact/hooks';
import { StorageFullError } from '../../db';
import { t } from '../../i18n';
import { registerUnsavedWork } from '../../app/unsavedWork';

export type SaveState = 'clean' | 'dirty' | 'saving' | 'saved';

/** What the user reads when a save fails; the storage-full case promises that nothing was lost. */
export function saveErrorMessage(error: unknown): string {
  if (error instanceof StorageFullError) return t('error.storageFull');
  return t('error.generic', { detail: error instanceof Error ? error.message : String(error) });
}

/**
 * Save state of one form. While there are unsaved changes, the form's save is registered as unsaved work
 * and also runs when the form closes, so leaving the screen or an app update never drops what was typed.
 */
export function useSave(write: () => Promise<void>) {
  const [state, setState] = useState<SaveState>('clean');
  const [error, setError] = useState<string>();
  const latestWrite = useRef(write);
  latestWrite.current = write;
  const latestState = useRef(state);
  latestState.current = state;

  const flush = () => latestWrite.current().catch(() => undefined);
  useEffect(() => () => {
    if (latestState.current === 'dirty') void flush();
  }, []);
  useEffect(() => (state === 'dirty' ? registerUnsavedWork(flush) : undefined), [state === 'dirty']);

  return {
    state,
    error,
    changed() {
      setState('dirty');
    },
    /** Forget unsaved changes (the thing was removed), so closing the form does not write it back. */
    discard() {
      latestState.current = 'clean';
      setState('clean');
    },
    fail(message: string) {
      setError(message);
    },
    async save() {
      setError(undefined);
      setState('saving');
      try {
        await latestWrite.current();
        setState('saved');
      } catch (failure) {
        setError(saveErrorMessage(failure));
        setState('dirty');
      }
    },
  };
}
