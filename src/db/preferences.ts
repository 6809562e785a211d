import { db } from './database';
import { mapStorageErrors } from './errors';

// Choices that say something about how Spor is used live in the database with the log (to be encrypted with it),
// never in localStorage.
export const quickExitSiteKey = 'quickExitSite';

/** The website a quick exit leaves for; undefined means Spor's own neutral screen. */
export async function getQuickExitSite(): Promise<string | undefined> {
  const row = await db.settings.get(quickExitSiteKey);
  return typeof row?.value === 'string' ? row.value : undefined;
}

export async function setQuickExitSite(url: string | undefined): Promise<void> {
  await mapStorageErrors(async () => {
    if (url) await db.settings.put({ key: quickExitSiteKey, value: url });
    else await db.settings.delete(quickExitSiteKey);
  });
}
