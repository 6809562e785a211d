import '../../i18n/laterMessages';
import { useState } from 'preact/hooks';
import { navigate, type Route } from '../../app/router';
import type { ValidationProblem } from '../../domain/validation';
import { blankWitness } from '../../domain/incident';
import { incidentKinds } from '../../domain/kinds';
import { language, t } from '../../i18n';
import { formatInstant } from '../../i18n/dates';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { StorageTrouble } from '../../ui/StorageTrouble';
import { ConflictView } from './ConflictView';
import { DraftStatusLine } from './DraftStatusLine';
import { EvidenceSection } from './EvidenceSection';
import { Fold } from './Fold';
import { toPending } from './PendingFiles';
import { pastedImages } from '../../capture/paste';
import { formAsText, formFromIncident } from './form';
import { KeyExampleField } from './KeyExampleField';
import { KindPicker } from './KindPicker';
import { NarrativeField } from './NarrativeField';
import { PlaceFields } from './PlaceFields';
import { PoliceSection } from './PoliceSection';
import type { SectionProps } from './sectionProps';
import { useIncidentEditor } from './useIncidentEditor';
import { WhenFields } from './WhenFields';
import { WitnessSection } from './WitnessSection';
import { firstMissingWitnessName } from './WitnessList';
import { useOptionalSections } from './useOptionalSections';
import './IncidentEditor.css';

const textLabels: Record<string, Parameters<typeof t>[0]> = {
  kind: 'editor.kind', occurredAt: 'editor.occurredAt', endedAt: 'editor.endedAt', place: 'editor.place', description: 'editor.description',
  peopleInvolved: 'editor.peopleInvolved', effect: 'editor.effect', witness: 'editor.witnesses', police: 'editor.police',
};

/** New and edit: a thin view over useIncidentEditor; the quick path (kind, what happened, photo, Save) comes first. */
export default function IncidentEditor({ id, draft, from }: { id?: string; draft?: string; from?: 'record' | 'shared' }) {
  // Recording starts a new incident of its own, never an older unsaved one (which the plain new-incident button continues).
  const [ownDraft] = useState(() => (from === 'record' && !draft ? crypto.randomUUID() : draft));
  const editor = useIncidentEditor(id, ownDraft, from === 'shared' ? (draft ?? '') : undefined);
  const [confirming, setConfirming] = useState<'discard' | 'leave'>();
  const { loading, opened, form, saveState, problems } = editor;
  const optional = useOptionalSections(form);

  if (loading.name === 'notFound') return <p class="error-box" role="alert">{t('error.notFound')}</p>;
  if (loading.name === 'loadFailed') return <p class="error-box" role="alert">{t('form.saveFailed', { reason: loading.reason })}</p>;
  if (loading.name === 'loading' || !opened) return <p aria-live="polite">{t('status.loading')}</p>;

  const problem = (field: ValidationProblem['field']) => {
    const found = problems.find((item) => item.field === field);
    return found && t(found.message as ValidationProblem['message']);
  };
  const sections: SectionProps = { form, change: editor.change, problem };
  const saving = saveState.name === 'saving';
  const summaryTarget = (field: string) =>
    field === 'kind' ? `editor-kind-${incidentKinds[0]}` : field === 'witnesses' ? firstMissingWitnessName(form.witnesses) : `editor-${field}`;
  const asText = () => formAsText(form, (key) => (key.startsWith('kind.') ? t(key as 'kind.call') : t(textLabels[key] ?? 'editor.description')));

  const exitRoute: Route = id ? { screen: 'incident', id } : { screen: 'timeline' };
  async function leave() {
    await editor.stopRecording(); // leaving keeps a recording: it is stored with the incident
    if (confirming === 'leave') await editor.discard();
    navigate(exitRoute, { replace: true });
  }

  return (
    <form class="incident-editor" noValidate aria-busy={saving} onSubmit={(event) => {
      event.preventDefault();
      void editor.save();
    }} onPaste={(event) => {
      const images = pastedImages(event.clipboardData, Date.now());
      if (!images.length || saving) return;
      // A pasted picture is evidence: it is attached. Text copied along with it still goes into the field.
      if (!event.clipboardData?.types.includes('text/plain')) event.preventDefault();
      editor.changeFiles((current) => [...current, ...images.map(toPending)]);
    }}>
      <h1>{t(id ? 'editor.titleEdit' : 'editor.titleNew')}</h1>
      <ErrorSummary entries={problems.map((item) => ({ target: summaryTarget(item.field), text: t(item.message as ValidationProblem['message']) }))} />
      {editor.openElsewhere && <p class="notice" role="status">{t('form.openElsewhere')}</p>}
      {editor.shareProblem && <p class="notice" role="status" data-testid="share-problem">{t(`share.problem.${editor.shareProblem}`)}</p>}
      {opened.restoredAt !== undefined && (
        <div class="notice" role="status">
          <p>{t('editor.draftRestored', { time: formatInstant(opened.restoredAt, language.value, 'dateTime') })}</p>
          <button type="button" onClick={() => setConfirming('discard')}>{t('editor.discardDraft')}</button>
        </div>
      )}
      <StorageTrouble save={saveState} draft={editor.draft} asText={asText} />
      {saveState.name === 'conflict' && (
        <ConflictView base={opened.baseForm} mine={form} theirs={formFromIncident(saveState.theirs)} onResolve={editor.resolveConflict} />
      )}

      {/* The quick path first: kind, what happened, a photo, Save (always in view); everything else follows. */}
      <KindPicker value={form.kind} problem={problem('kind')} onChange={(kind) => editor.change({ kind })} />
      <NarrativeField field="description" {...sections} />
      <EvidenceSection files={editor.files} progress={editor.progress} saving={saving} changeFiles={editor.changeFiles}
        incidentId={opened.incidentId} stored={opened.stored} kind={form.kind} autoRecord={from === 'record'}
        onRecordingStarted={editor.adoptRecording} />

      <h2>{t('editor.optionalHeading')}</h2>
      <WhenFields form={form} problems={{ occurredAt: problem('occurredAt'), endedAt: problem('endedAt') }} onChange={editor.change} />
      {/* Empty optional sections fold to one "Add ..." button each, so a new incident stays short. */}
      <Fold open={optional.isOpen('place')} label={t('editor.addPlace')} onOpen={() => optional.open('place')}>
        <PlaceFields place={form.place} privateFields={form.privateFields} onChange={(place) => editor.change({ place })}
          onPrivateChange={(privateFields) => editor.change({ privateFields })} />
      </Fold>
      <Fold open={optional.isOpen('peopleInvolved')} label={t('editor.addPeopleInvolved')} onOpen={() => optional.open('peopleInvolved')}>
        <NarrativeField field="peopleInvolved" {...sections} />
      </Fold>
      <Fold open={optional.isOpen('effect')} label={t('editor.addEffect')} onOpen={() => optional.open('effect')}>
        <NarrativeField field="effect" {...sections} />
      </Fold>
      {/* "Add witness" opens the section with a first witness to write, as the same button inside it does. */}
      <Fold open={optional.isOpen('witnesses')} label={t('editor.addWitness')} onOpen={() => {
        optional.open('witnesses');
        editor.change({ witnesses: [blankWitness()] });
      }}>
        <WitnessSection {...sections} />
      </Fold>
      <Fold open={optional.isOpen('police')} label={t('editor.addPolice')} onOpen={() => optional.open('police')}>
        <PoliceSection {...sections} />
      </Fold>
      <KeyExampleField {...sections} />

      <div class="save-bar">
        <DraftStatusLine status={editor.draft} />
        <button type="button" disabled={saving} onClick={() => (editor.hasUnsavedChanges() ? setConfirming('leave') : leave())}>
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
          onConfirm={() => {
            setConfirming(undefined);
            void (confirming === 'discard' ? editor.discard() : leave());
          }}
          onCancel={() => setConfirming(undefined)}
        />
      )}
    </form>
  );
}
