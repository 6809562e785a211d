import { adoptDraft, listDrafts, type DraftAddress } from '../db';
import { liveSessions } from './editorSession';

/**
 * This tab's drafts whose subject starts with `subjectPrefix`, newest first, plus those left by tabs that have closed,
 * which this tab adopts (at most `limit` in all). Drafts of tabs still open are never touched.
 */
export async function claimDrafts(session: string, subjectPrefix: string, limit = Infinity): Promise<DraftAddress[]> {
  const candidates = await listDrafts(subjectPrefix);
  const claimed: DraftAddress[] = candidates.filter((draft) => draft.session === session).slice(0, limit);
  const subjects = new Set(claimed.map((draft) => draft.subject));
  const live = await liveSessions();
  for (const orphan of candidates) {
    if (claimed.length >= limit) break;
    if (orphan.session === session || live?.has(orphan.session) || subjects.has(orphan.subject)) continue;
    if (await adoptDraft(orphan, session)) {
      claimed.push({ session, subject: orphan.subject });
      subjects.add(orphan.subject);
    }
  }
  return claimed;
}
