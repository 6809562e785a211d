import { discardDraft, listDrafts, loadDraft, peekDraft, type DraftAddress } from '../db/drafts';
import type { IncidentKind } from '../domain/kinds';
import type { FormPart } from '../screens/IncidentEditor/draft';
import type { Route } from './router';
import { editorSession, liveSessions } from './editorSession';

// Incidents started (or changed) and not saved, for the top of the log: a person must never believe something was
// logged when it is only a draft. Drafts of other tabs still open are theirs, and are left out.

export interface UnsavedDraft {
  address: DraftAddress;
  /** True for a new incident; false for unsaved changes to one already in the log. */
  isNew: boolean;
  kind?: IncidentKind;
  description: string;
  savedAt: number;
  continueAt: Route;
}

const idOf = (subject: string) => subject.slice(subject.indexOf(':') + 1);

export async function listUnsavedDrafts(): Promise<UnsavedDraft[]> {
  const [session, live, drafts] = await Promise.all([editorSession(), liveSessions(), listDrafts()]);
  const ours = drafts.filter((draft) => /^(new-)?incident:/.test(draft.subject) && (draft.session === session || !live?.has(draft.session)));
  const found = await Promise.all(
    ours.map(async (address): Promise<UnsavedDraft | undefined> => {
      const part = await loadDraft<FormPart>(address, 'form');
      // Only whether it holds files: their bytes (a video, perhaps) stay unread.
      const files = (await peekDraft(address, 'files'))?.value as unknown[] | undefined;
      if (!part && !files?.length) return undefined;
      const isNew = address.subject.startsWith('new-');
      const id = idOf(address.subject);
      return {
        address: { session: address.session, subject: address.subject },
        isNew,
        kind: part?.value.form.kind,
        description: part?.value.form.description.trim() ?? '',
        savedAt: address.savedAt,
        continueAt: isNew ? { screen: 'newIncident', draft: id } : { screen: 'editIncident', id },
      };
    }),
  );
  return found.filter((draft): draft is UnsavedDraft => draft !== undefined);
}

/** Throws a draft away; a new incident's share from another app (same id) leaves the inbox with it. */
export async function discardUnsavedDraft(draft: UnsavedDraft): Promise<void> {
  await discardDraft(draft.address);
  // Loaded only here: each module the log's lazy parts import statically costs the first screen a preload entry.
  if (draft.isNew) await (await import('../capture/inboxDb')).deleteShare(idOf(draft.address.subject));
}
