import { useState } from 'preact/hooks';
import { StorageFullError } from '../db/errors';
import { ConflictError, ValidationError, type Problem } from '../db/saveErrors';
import { errorText } from './errorText';

/** The named states of a form that saves on request; the editor and the Case screen share them. */
export type SaveState<Theirs> =
  | { name: 'editing' }
  | { name: 'saving' }
  | { name: 'saved'; at: number }
  /** Saved elsewhere (another tab) since this form was opened: nothing was written; `theirs` is what is stored now. */
  | { name: 'conflict'; theirs: Theirs }
  /** Nothing was written; the text stays in the form. */
  | { name: 'failed'; reason: string; storageFull: boolean };

/**
 * Runs one save: validation first (problems go to the fields and the summary, nothing is written), then the write,
 * turning its refusals into states the view shows. The same rules run in the database verbs, so no path skips them.
 */
export function useSaveState<Theirs>(describe: (error: unknown) => string = errorText) {
  const [state, setState] = useState<SaveState<Theirs>>({ name: 'editing' });
  const [problems, setProblems] = useState<Problem[]>([]);

  async function save<Result>(validate: () => Problem[], write: () => Promise<Result>): Promise<Result | undefined> {
    const found = validate();
    setProblems(found);
    if (found.length) {
      setState({ name: 'editing' });
      return undefined;
    }
    setState({ name: 'saving' });
    try {
      const result = await write();
      setState({ name: 'saved', at: Date.now() });
      return result;
    } catch (error) {
      if (error instanceof ValidationError) {
        setProblems(error.problems);
        setState({ name: 'editing' });
      } else if (error instanceof ConflictError) {
        setState({ name: 'conflict', theirs: error.current as Theirs });
      } else {
        setState({ name: 'failed', reason: describe(error), storageFull: error instanceof StorageFullError });
      }
      return undefined;
    }
  }

  return {
    state,
    problems,
    save,
    /** Back to editing (after a change, or once a conflict is resolved). */
    edit: () => setState((current) => (current.name === 'editing' ? current : { name: 'editing' })),
    /** Re-checks as the user corrects, once a save was refused. */
    revalidate: (validate: () => Problem[]) => setProblems((current) => (current.length ? validate() : current)),
  };
}
