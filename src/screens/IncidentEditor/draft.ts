import { claimDrafts } from '../../app/claimDrafts';
import { discardDraft, loadDraft, type DraftAddress } from '../../db';
import type { EditorForm, PendingFile } from './form';

// The text and the picked files are two parts of one draft: typing rewrites the small one often, while a large video
// is written once when it is picked. A new incident's draft is named after the id the incident will be saved under.

export interface FormPart {
  form: EditorForm;
  /** The incident version the form started from; 0 for a new incident. */
  baseVersion: number;
}

export interface EditorDraft {
  address: DraftAddress;
  form?: FormPart;
  files: PendingFile[];
  savedAt: number;
}

export const newIncidentSubject = (incidentId: string) => `new-incident:${incidentId}`;
export const incidentSubject = (incidentId: string) => `incident:${incidentId}`;

/** The incident id a new-incident draft will be saved under. */
export function incidentIdOf(subject: string): string {
  return subject.slice(subject.indexOf(':') + 1);
}

/**
 * This tab's draft of an incident (`incident:<id>`) or of a new incident (`new-incident:`, the newest), or else one left
 * by a tab that has closed, which this tab then adopts. Drafts of tabs still open are never touched.
 */
export async function openEditorDraft(session: string, subject: string): Promise<EditorDraft | undefined> {
  const [address] = await claimDrafts(session, subject, 1);
  if (!address) return undefined;
  const [form, files] = await Promise.all([loadDraft<FormPart>(address, 'form'), loadDraft<PendingFile[]>(address, 'files')]);
  if (!form && !files?.value.length) return undefined;
  return { address, form: form?.value, files: files?.value ?? [], savedAt: Math.max(form?.savedAt ?? 0, files?.savedAt ?? 0) };
}

export function discardEditorDraft(address: DraftAddress): Promise<void> {
  return discardDraft(address);
}
