
/** The disk is full: nothing was written, nothing lost. */
export class StorageFullError extends Error {
  override name = 'StorageFullError';
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
