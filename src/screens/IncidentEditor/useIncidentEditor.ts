import { useEffect, useMemo, useState } from 'preact/hooks';
import { editorSession, openForEditing } from '../../app/editorSession';
import { navigate, routeHref } from '../../app/router';
import { stopRecordingOf, type RecordingHandle } from '../../capture/recorder';
import type { ReceivedShare } from '../../capture/inbox';
import { sharedDescription, type ShareLabels } from '../../domain/share';
import { t } from '../../i18n';
import { toPending } from './PendingFiles';
import { showSaved } from '../../app/savedNotice';
import { getIncident, saveIncidentWithFiles, type DraftAddress } from '../../db';
import type { Incident, IncidentInput } from '../../domain/types';
import { saveReason } from '../../ui/saveReason';
import { useDraftAutosave } from '../../ui/useDraftAutosave';
import { useSaveState } from '../../ui/useSaveState';
import { combine, type Choice, type ComparedField } from './conflict';
import { discardEditorDraft, incidentIdOf, incidentSubject, newIncidentSubject, openEditorDraft, type FormPart } from './draft';
import type { StoringProgress } from './PendingFiles';
import { blankForm, formFromIncident, inputFromForm, validateForm, type EditorForm, type PendingFile } from './form';

const shareLabels: ShareLabels = { from: (title) => t('share.from', { title }), plain: t('share.plain') };

// Loaded when needed: a static import would add its chunks to the first screen's preload list.
const inbox = () => import('../../capture/inbox');

/** The share another app sent, opened from the inbox. */
async function openShared(id: string): Promise<{ share?: ReceivedShare; problem?: ShareProblem }> {
  try {
    const share = await (await inbox()).readShare(id);
    return share ? { share } : { problem: 'gone' };
  } catch {
    return { problem: 'unreadable' };
  }
}

/** What the editor opened: which incident, from which version, and the draft it belongs to. */
interface Opened {
  incidentId: string;
  /** 0 for a new incident. */
  baseVersion: number;
  /** The form as stored (or blank), to compare with when another tab saved in between. */
  baseForm: EditorForm;
  address: DraftAddress;
  restoredAt?: number;
  /** The incident is in the log: an edit, or a new one that a recording created. */
  stored: boolean;
  /**
   * A new incident's id, which is also the id of the inbox entry it was opened with when another app shared it (a
   * draft continued later keeps it): the entry is emptied when the incident is saved or thrown away.
   */
  shareId?: string;
}

/** Why what another app shared is not in the editor. */
export type ShareProblem = 'unavailable' | 'gone' | 'unreadable';

type Loading = { name: 'loading' } | { name: 'notFound' } | { name: 'loadFailed'; reason: string } | { name: 'ready' };

/**
 * Everything the incident editor does besides showing fields: opening the incident and this tab's draft, keeping the
 * draft, saving it whole (text and files), and the named states a save goes through (editing, saving, saved, conflict,
 * failed). The view only renders what this returns.
 */
/** `draftOf`: continue the unsaved new incident with this id rather than the newest. */
/** `shared`: open a new incident with what another app shared (the inbox entry's id, also the incident's id). */
export function useIncidentEditor(id?: string, draftOf?: string, shared?: string) {
  const [loading, setLoading] = useState<Loading>({ name: 'loading' });
  const [opened, setOpened] = useState<Opened>();
  const [form, setForm] = useState<EditorForm>(() => blankForm(Date.now()));
  const [files, setFiles] = useState<PendingFile[]>([]);
  const [progress, setProgress] = useState<StoringProgress>();
  const [openElsewhere, setOpenElsewhere] = useState(false);
  const [shareProblem, setShareProblem] = useState<ShareProblem>();
  const saving = useSaveState<Incident>(saveReason);
  const formPart = useMemo<FormPart | undefined>(() => opened && { form, baseVersion: opened.baseVersion }, [form, opened?.baseVersion]);
  const autosave = useDraftAutosave(opened?.address, { form: formPart, files }, ['files']);

  useEffect(() => {
    let open = true;
    let release: (() => void) | undefined;
    (async () => {
      const session = await editorSession();
      const incident = id ? await getIncident(id) : undefined;
      if (id && !incident) return open && setLoading({ name: 'notFound' });
      if (id) {
        const editing = openForEditing(incidentSubject(id));
        release = editing.release;
        void editing.elsewhere.then((elsewhere) => open && setOpenElsewhere(elsewhere));
      }
      const draft = await openEditorDraft(session, id ? incidentSubject(id) : newIncidentSubject(draftOf ?? shared ?? ''));
      // A share is opened once; after that its draft (stored like any other) holds it, so a reload continues it.
      // `''`: the service worker had no key to store the share with.
      const received = shared === '' ? { problem: 'unavailable' as const } : shared && !draft ? await openShared(shared) : undefined;
      if (!open) return;
      const incidentId = id ?? (draft ? incidentIdOf(draft.address.subject) : shared || crypto.randomUUID());
      const baseForm = incident ? formFromIncident(incident) : blankForm(Date.now());
      const baseVersion = draft?.form?.baseVersion ?? incident?.version ?? 0;
      const address = draft?.address ?? { session, subject: id ? incidentSubject(id) : newIncidentSubject(incidentId) };
      setOpened({
        incidentId, baseVersion, baseForm, address, restoredAt: draft?.savedAt, stored: Boolean(incident) || baseVersion > 0,
        ...(id ? {} : { shareId: incidentId }),
      });
      setForm(draft?.form?.form ?? (received?.share ? { ...baseForm, description: sharedDescription(received.share, shareLabels) } : baseForm));
      if (draft) {
        setFiles(draft.files);
        autosave.markClean({ form: draft.form, files: draft.files }, draft.savedAt);
      } else if (received?.share) {
        setFiles(received.share.files.map(toPending));
        autosave.markDirty();
      }
      if (received?.problem) setShareProblem(received.problem);
      setLoading({ name: 'ready' });
    })().catch((error) => open && setLoading({ name: 'loadFailed', reason: saveReason(error) }));
    return () => {
      open = false;
      release?.();
    };
  }, [id, draftOf]);

  // Once a save was refused, the messages follow the corrections as they are typed.
  useEffect(() => saving.revalidate(() => validateForm(form, Date.now())), [form]);

  function change(patch: Partial<EditorForm>) {
    autosave.markDirty();
    saving.edit();
    setForm((current) => ({ ...current, ...patch }));
  }

  function changeFiles(next: (current: PendingFile[]) => PendingFile[]) {
    autosave.markDirty();
    saving.edit();
    setFiles(next);
  }

  async function save(from: { form: EditorForm; baseVersion: number } = { form, baseVersion: opened!.baseVersion }) {
    if (!opened || saving.state.name === 'saving') return;
    const input = inputFromForm(from.form);
    const incident = await saving.save(
      () => validateForm(from.form, Date.now()),
      async () => {
        await autosave.flush().catch(() => undefined); // a draft that cannot be stored must not stop the real save
        await stopRecordingOf(opened.incidentId); // a recording still running is kept, and saved with the rest
        const stored = await saveIncidentWithFiles(
          { id: opened.incidentId, baseVersion: from.baseVersion, input: input as IncidentInput },
          files.map((file) => ({ id: file.key, blob: file.blob, fileName: file.name, lastModified: file.lastModified })),
          (key, done, total) => setProgress({ key, percent: total ? Math.floor((done / total) * 100) : 100 }),
        );
        // A leftover draft would only be offered again; never let it block the saved incident.
        await discardEditorDraft(opened.address).catch(() => undefined);
        if (opened.shareId) await (await inbox()).emptyShare(opened.shareId).catch(() => undefined);
        return stored;
      },
    );
    setProgress(undefined);
    if (!incident) return;
    autosave.markClean();
    showSaved(incident.id);
    navigate({ screen: 'incident', id: incident.id }, { replace: true });
  }

  /** Saves the chosen mix of both versions, now based on the version the other tab stored. */
  function resolveConflict(choices: Partial<Record<ComparedField, Choice>>) {
    if (saving.state.name !== 'conflict' || !opened) return;
    const theirs = saving.state.theirs;
    const merged = combine(form, formFromIncident(theirs), choices);
    setOpened({ ...opened, baseVersion: theirs.version, baseForm: formFromIncident(theirs) });
    setForm(merged);
    autosave.markDirty();
    void save({ form: merged, baseVersion: theirs.version });
  }

  /**
   * A recording started: a new incident now exists (created for it), so this editor goes on as an edit of it. The
   * address bar says so too, so a reload opens the stored incident rather than a second recording.
   */
  function adoptRecording(handle: RecordingHandle) {
    if (!opened || handle.incidentId !== opened.incidentId) return;
    if (!opened.stored) {
      setOpened({ ...opened, baseVersion: handle.incidentVersion, stored: true });
      autosave.markDirty();
    }
    if (!id) history.replaceState(null, '', routeHref({ screen: 'editIncident', id: opened.incidentId }));
  }

  async function discard() {
    if (!opened) return;
    await discardEditorDraft(opened.address);
    if (opened.shareId) await (await inbox()).emptyShare(opened.shareId);
    autosave.markClean();
    saving.edit();
    setForm(opened.baseForm);
    setFiles([]);
    setOpened({ ...opened, restoredAt: undefined, baseVersion: opened.stored ? opened.baseVersion : 0 });
  }

  return {
    loading,
    opened,
    form,
    files,
    progress,
    openElsewhere,
    shareProblem,
    saveState: saving.state,
    problems: saving.problems,
    draft: autosave.status,
    hasUnsavedChanges: () => autosave.isDirty() || opened?.restoredAt !== undefined,
    change,
    changeFiles,
    save: () => save(),
    resolveConflict,
    adoptRecording,
    stopRecording: () => (opened ? stopRecordingOf(opened.incidentId) : Promise.resolve()),
    discard,
  };
}
