
/** The disk is full: nothing was written, nothing lost. */
export class StorageFullError extends Error {
  override name = 'StorageFullError';
}

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

/** Named apart from the DOM's "NotFoundError", which Dexie would rewrap as its own error. */
export class NotFoundError extends Error {
  override name = 'SporNotFoundError';
}

function isQuotaError(error: unknown): boolean {
  const names = [(error as { name?: string })?.name, (error as { inner?: { name?: string } })?.inner?.name];
  return names.some((name) => name === 'QuotaExceededError');
}

/** Runs a write and turns the browser's quota failure into one error type the screens know. */
export async function mapStorageErrors<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isQuotaError(error)) throw new StorageFullError('Storage is full', { cause: error });
    throw error;
  }
}
