import '../../i18n/laterMessages';
import { useEffect, useState } from 'preact/hooks';
import { navigate, routeHref, type Route } from '../../app/router';
import { addIncident, getIncident, updateIncident, ValidationError } from '../../db';
import type { Incident, IncidentInput, PrivatableField } from '../../domain/types';
import type { ValidationProblem } from '../../domain/validation';
import { language, t } from '../../i18n';
import { formatInstant } from '../../i18n/dates';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { errorText } from '../../ui/errorText';
import { discardEditorDraft, draftKey, loadEditorDraft } from './draft';
import { blankForm, formFromIncident, inputFromForm, validateForm, type EditorForm, type PendingFile } from './form';
import { KindPicker } from './KindPicker';
import { PendingFiles, type StoringProgress } from './PendingFiles';
import { PlaceFields } from './PlaceFields';
import { PrivateToggle } from './PrivateToggle';
import { StoredAttachments } from './StoredAttachments';
import { storeFiles, type FileFailure } from './storeFiles';
import { TextField } from './TextField';
import { useAutosave } from './useAutosave';
import { WhenFields } from './WhenFields';
import { WitnessList } from './WitnessList';
import './IncidentEditor.css';

type Phase = 'loading' | 'ready' | 'saving' | 'notFound';

function focusProblem(problem: ValidationProblem) {
  // After the messages render, so the screen reader reads the field with its message.
  setTimeout(() => {
    const target = problem.field === 'kind'
      ? document.querySelector<HTMLElement>('input[name="kind"]')
      : problem.field === 'witnesses'
        ? document.querySelector<HTMLElement>('.witness input[aria-invalid="true"]')
        : document.getElementById(`editor-${problem.field}`);
    target?.focus();
    target?.scrollIntoView?.({ block: 'center' });
  }, 0);
}

/** New and edit: kind and time are enough to save; everything else waits below, and nothing typed is ever lost. */
export default function IncidentEditor({ id }: { id?: string }) {
  const [savedId, setSavedId] = useState(id);
  const key = draftKey(savedId);
  const [phase, setPhase] = useState<Phase>('loading');
  const [base, setBase] = useState<EditorForm>();
  const [form, setForm] = useState<EditorForm>(() => blankForm(Date.now()));
  const [files, setFiles] = useState<PendingFile[]>([]);
  const [restoredAt, setRestoredAt] = useState<number>();
  const [problems, setProblems] = useState<ValidationProblem[]>([]);
  const [progress, setProgress] = useState<StoringProgress>();
  const [fileFailures, setFileFailures] = useState<FileFailure[]>([]);
  const [failure, setFailure] = useState<string>();
  const [confirming, setConfirming] = useState<'discard' | 'leave'>();
  const [storedVersion, setStoredVersion] = useState(0);
  const autosave = useAutosave(key, form, files);

  useEffect(() => {
    let open = true;
    (async () => {
      let opened = blankForm(Date.now());
      if (id) {
        const incident = await getIncident(id);
        if (!incident) return open && setPhase('notFound');
        opened = formFromIncident(incident);
      }
      const draft = await loadEditorDraft(draftKey(id));
      if (!open) return;
      setBase(opened);
      setForm(draft?.form ?? opened);
      if (draft) {
        setFiles(draft.files);
        setRestoredAt(draft.savedAt);
        autosave.markClean(draft.files);
      }
      setPhase('ready');
    })().catch((error) => setFailure(errorText(error)));
    return () => {
      open = false;
    };
  }, [id]);

  // Once a save was refused, the messages follow the corrections as they are typed.
  useEffect(() => {
    if (problems.length) setProblems(validateForm(form, Date.now()));
  }, [form]);

  function change(patch: Partial<EditorForm>) {
    autosave.markDirty();
    setForm((current) => ({ ...current, ...patch }));
  }

  function changeFiles(next: (current: PendingFile[]) => PendingFile[]) {
    autosave.markDirty();
    setFiles(next);
  }

  function refuse(found: ValidationProblem[]) {
    setProblems(found);
    focusProblem(found[0]!);
  }

  async function save(event: Event) {
    event.preventDefault();
    if (phase !== 'ready') return;
    const input = inputFromForm(form);
    const found = validateForm(form, Date.now());
    if (found.length) return refuse(found);
    setProblems([]);
    setFailure(undefined);
    setFileFailures([]);
    setPhase('saving');
    await autosave.flush().catch(() => undefined); // A draft that cannot be stored must not stop the real save.
    let incident: Incident;
    try {
      incident = savedId ? await updateIncident(savedId, input as IncidentInput) : await addIncident(input as IncidentInput);
    } catch (error) {
      setPhase('ready');
      if (error instanceof ValidationError) return refuse(error.problems);
      return setFailure(t('editor.saveFailed', { reason: errorText(error) }));
    }
    const failures = await storeFiles(incident.id, files, (fileKey, percent) => setProgress({ key: fileKey, percent }));
    setProgress(undefined);
    if (key !== draftKey(incident.id) || !failures.length) {
      // A leftover draft would only be offered again with its discard button; never block on it.
      await discardEditorDraft(key).catch(() => undefined);
    }
    if (!failures.length) {
      autosave.markClean();
      navigate({ screen: 'incident', id: incident.id }, { replace: true });
      return;
    }
    // The text is stored; the files that failed stay listed, kept in the saved incident's draft.
    const failed = new Set(failures.map((item) => item.key));
    const saved = formFromIncident(incident);
    setSavedId(incident.id);
    setBase(saved);
    setForm(saved);
    changeFiles((current) => current.filter((file) => failed.has(file.key)));
    setFileFailures(failures);
    setRestoredAt(undefined);
    setStoredVersion((version) => version + 1);
    setPhase('ready');
  }

  async function discard() {
    setConfirming(undefined);
    await discardEditorDraft(key);
    autosave.markClean();
    setForm(base ?? blankForm(Date.now()));
    setFiles([]);
    setRestoredAt(undefined);
    setProblems([]);
  }

  const exitRoute: Route = savedId ? { screen: 'incident', id: savedId } : { screen: 'timeline' };
  async function leave() {
    if (confirming === 'leave') await discard();
    navigate(exitRoute, { replace: true });
  }

  if (phase === 'notFound') return <p class="error-box" role="alert">{t('error.notFound')}</p>;
  if (phase === 'loading') {
    return failure ? <p class="error-box" role="alert">{failure}</p> : <p aria-live="polite">{t('status.loading')}</p>;
  }

  const problemOf = (field: ValidationProblem['field']) => {
    const problem = problems.find((item) => item.field === field);
    return problem && t(problem.message);
  };
  const saving = phase === 'saving';
  const setPrivate = (privateFields: PrivatableField[]) => change({ privateFields });
  const privateToggle = (field: PrivatableField, fieldLabel: string) => (
    <PrivateToggle field={field} fieldLabel={fieldLabel} privateFields={form.privateFields} onChange={setPrivate} />
  );

  return (
    <form class="incident-editor" onSubmit={save} noValidate aria-busy={saving}>
      <h1>{t(id ? 'editor.titleEdit' : 'editor.titleNew')}</h1>
      {restoredAt !== undefined && (
        <div class="notice" role="status">
          <p>{t('editor.draftRestored', { time: formatInstant(restoredAt, language.value, 'dateTime') })}</p>
          <button type="button" onClick={() => setConfirming('discard')}>{t('editor.discardDraft')}</button>
        </div>
      )}
      {failure && <p class="error-box" role="alert">{failure}</p>}
      {autosave.failure !== undefined && <p class="error-box" role="alert">{errorText(autosave.failure)}</p>}
      {fileFailures.length > 0 && savedId && (
        <div class="error-box" role="alert">
          <p>{t('editor.savedWithProblems')}</p>
          <ul>{fileFailures.map((item) => <li key={item.key}>{item.message}</li>)}</ul>
          <a href={routeHref({ screen: 'incident', id: savedId })}>{t('editor.openSaved')}</a>
        </div>
      )}

      <KindPicker value={form.kind} problem={problemOf('kind')} onChange={(kind) => change({ kind })} />
      <WhenFields form={form} problems={{ occurredAt: problemOf('occurredAt'), endedAt: problemOf('endedAt') }} onChange={change} />
      <fieldset>
        <legend>{t('editor.evidence')}</legend>
        <PendingFiles
          files={files}
          progress={progress}
          disabled={saving}
          onAdd={(added) => changeFiles((current) => [...current, ...added])}
          onRemove={(fileKey) => changeFiles((current) => current.filter((file) => file.key !== fileKey))}
        />
        {savedId && <StoredAttachments incidentId={savedId} version={storedVersion} />}
      </fieldset>

      <h2>{t('editor.optionalHeading')}</h2>
      <PlaceFields place={form.place} privateFields={form.privateFields} onChange={(place) => change({ place })} onPrivateChange={setPrivate} />
      <div class="field-group stack">
        <TextField id="editor-description" label="editor.description" hint="editor.descriptionHint" value={form.description} multiline rows={8}
          onChange={(description) => change({ description })} />
        {privateToggle('description', t('editor.description'))}
      </div>
      <div class="field-group stack">
        <TextField id="editor-peopleInvolved" label="editor.peopleInvolved" hint="editor.peopleInvolvedHint" value={form.peopleInvolved} multiline rows={3}
          onChange={(peopleInvolved) => change({ peopleInvolved })} />
        {privateToggle('peopleInvolved', t('editor.peopleInvolved'))}
      </div>
      <div class="field-group stack">
        <TextField id="editor-effect" label="editor.effect" hint="editor.effectHint" value={form.effect} multiline rows={3}
          onChange={(effect) => change({ effect })} />
        {privateToggle('effect', t('editor.effect'))}
      </div>
      <fieldset>
        <legend>{t('editor.witnesses')}</legend>
        <WitnessList witnesses={form.witnesses} problem={problemOf('witnesses')} onChange={(witnesses) => change({ witnesses })} />
        {privateToggle('witnesses', t('editor.witnesses'))}
      </fieldset>
      <fieldset>
        <legend>{t('editor.police')}</legend>
        <div class="stack">
          <TextField id="editor-journalNumber" label="editor.journalNumber" value={form.police.journalNumber}
            onChange={(journalNumber) => change({ police: { ...form.police, journalNumber } })} />
          <TextField id="editor-officer" label="editor.officer" value={form.police.officer}
            onChange={(officer) => change({ police: { ...form.police, officer } })} />
          <TextField id="editor-policePhone" label="editor.policePhone" type="tel" value={form.police.phone}
            onChange={(phone) => change({ police: { ...form.police, phone } })} />
          {privateToggle('police', t('editor.police'))}
        </div>
      </fieldset>
      <div class="field-group">
        <label class="check">
          <input type="checkbox" checked={form.keyExample} aria-describedby="editor-keyExample-hint"
            onChange={(event) => change({ keyExample: event.currentTarget.checked })} />
          <span>{t('editor.keyExample')}</span>
        </label>
        <p id="editor-keyExample-hint" class="muted hint">{t('editor.keyExampleHint')}</p>
      </div>

      <div class="save-bar">
        <p class="draft-status muted">
          {autosave.storedAt === undefined
            ? t('editor.draftAutosave')
            : t('editor.draftSaved', { time: formatInstant(autosave.storedAt, language.value, 'time') })}
        </p>
        <button type="button" disabled={saving} onClick={() => (autosave.isDirty() || restoredAt !== undefined ? setConfirming('leave') : leave())}>
          {t('action.cancel')}
        </button>
        <button type="submit" class="primary" disabled={saving}>{saving ? t('status.saving') : t('action.save')}</button>
      </div>

      {confirming && (
        <ConfirmDialog
          message={t(confirming === 'discard' ? 'editor.confirmDiscard' : 'editor.confirmCancel')}
          confirmLabel={t('editor.discard')}
          cancelLabel={t('editor.keepEditing')}
          danger
          onConfirm={() => void (confirming === 'discard' ? discard() : leave())}
          onCancel={() => setConfirming(undefined)}
        />
      )}
    </form>
  );
}
