import { discardDraft, loadDraft, saveDraft } from '../../db';
import type { EditorForm, PendingFile } from './form';

// The text and the picked files are two draft records: typing rewrites the small one often,
// while a large video is written once when it is picked, not on every keystroke.

export interface EditorDraft {
  form?: EditorForm;
  files: PendingFile[];
  savedAt: number;
}

export function draftKey(incidentId: string | undefined): string {
  return `incident:${incidentId ?? 'new'}`;
}

const filesKey = (key: string) => `${key}:files`;

export function saveFormDraft(key: string, form: EditorForm): Promise<void> {
  return saveDraft(key, form);
}

export function saveFilesDraft(key: string, files: PendingFile[]): Promise<void> {
  return saveDraft(filesKey(key), files);
}

export async function loadEditorDraft(key: string): Promise<EditorDraft | undefined> {
  const [form, files] = await Promise.all([loadDraft<EditorForm>(key), loadDraft<PendingFile[]>(filesKey(key))]);
  if (!form && !files?.value.length) return undefined;
  return {
    form: form?.value,
    files: files?.value ?? [],
    savedAt: Math.max(form?.savedAt ?? 0, files?.savedAt ?? 0),
  };
}

export async function discardEditorDraft(key: string): Promise<void> {
  await Promise.all([discardDraft(key), discardDraft(filesKey(key))]);
}
