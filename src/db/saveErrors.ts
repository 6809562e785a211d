import { StorageFullError } from './errors';

// What a save can fail with besides storage (errors.ts): invalid input, a conflict, a file not stored. Apart from
// errors.ts, which the shell carries for its own few writes.

/** What a validator in src/domain found: the field and a message key in the i18n catalogue. */
export interface Problem {
  field: string;
  message: string;
  params?: Record<string, string | number>;
}

export class ValidationError<P extends Problem = Problem> extends Error {
  override name = 'ValidationError';
  constructor(readonly problems: P[]) {
    super(problems.map((problem) => problem.message).join(', '));
  }
}

/**
 * The record was saved elsewhere (another tab) after this save's base version was read: nothing was written.
 * `current` is the record as stored now, so the screen can show both versions side by side.
 */
export class ConflictError<T = unknown> extends Error {
  override name = 'ConflictError';
  constructor(readonly current: T) {
    super('Saved elsewhere in the meantime');
  }
}

/** One file of a save could not be stored; nothing of the save was linked. `cause` says why (often StorageFullError). */
export class FileNotStoredError extends Error {
  override name = 'FileNotStoredError';
  constructor(readonly fileName: string, readonly fileId: string, options: { cause: unknown }) {
    super(`${fileName} could not be stored`, options);
  }
}

/** The phone is out of space, said directly or as the cause of a failed file. */
export function isStorageFull(error: unknown): boolean {
  return error instanceof StorageFullError || (error instanceof Error && error.cause instanceof StorageFullError);
}
