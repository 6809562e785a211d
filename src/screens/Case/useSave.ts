import { useEffect, useRef, useState } from 'preact/hooks';
import { errorText } from '../../ui/errorText';
import { registerUnsavedWork } from '../../app/unsavedWork';

export type SaveState = 'clean' | 'dirty' | 'saving' | 'saved';

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
        setError(errorText(failure));
        setState('dirty');
      }
    },
  };
}
