import '../../i18n/laterMessages';
import { useEffect, useState } from 'preact/hooks';
import { routeHref } from '../../app/router';
import { discardUnsavedDraft, listUnsavedDrafts, type UnsavedDraft } from '../../app/unsavedDrafts';
import { language, t, type MessageKey } from '../../i18n';
import { formatInstant } from '../../i18n/dates';
import { ConfirmDialog } from '../../ui/ConfirmDialog';

const snippetLength = 90;

/** Drafts not yet saved, at the top of the log, each to continue or throw away. */
export default function UnsavedDraftList() {
  const [drafts, setDrafts] = useState<UnsavedDraft[]>([]);
  const [discarding, setDiscarding] = useState<UnsavedDraft>();
  const reload = () => listUnsavedDrafts().then(setDrafts, () => setDrafts([]));
  useEffect(() => void reload(), []);
  if (!drafts.length) return null;

  const kindName = (draft: UnsavedDraft) => (draft.kind ? t(`kind.${draft.kind}` as MessageKey) : t('drafts.noKind'));
  return (
    <section class="card unsaved-drafts" aria-labelledby="unsaved-drafts-title" data-testid="unsaved-drafts">
      <h2 id="unsaved-drafts-title">{t('drafts.title')}</h2>
      <p class="muted">{t('drafts.intro')}</p>
      <ul>
        {drafts.map((draft) => (
          <li key={draft.address.session + draft.address.subject}>
            <p class="unsaved-draft-name">{t(draft.isNew ? 'drafts.new' : 'drafts.changed', { kind: kindName(draft) })}</p>
            {draft.description && (
              <p class="unsaved-draft-text">
                {draft.description.length > snippetLength ? `${draft.description.slice(0, snippetLength - 1)}…` : draft.description}
              </p>
            )}
            <p class="muted">{t('drafts.written', { time: formatInstant(draft.savedAt, language.value, 'dateTime') })}</p>
            <div class="row">
              <a class="button primary" href={routeHref(draft.continueAt)}>{t('drafts.continue')}</a>
              <button type="button" onClick={() => setDiscarding(draft)}>{t('drafts.discard')}</button>
            </div>
          </li>
        ))}
      </ul>
      {discarding && (
        <ConfirmDialog
          message={t('drafts.confirmDiscard')}
          confirmLabel={t('drafts.discard')}
          cancelLabel={t('drafts.keep')}
          danger
          onConfirm={() => {
            const draft = discarding;
            setDiscarding(undefined);
            void discardUnsavedDraft(draft).then(reload);
          }}
          onCancel={() => setDiscarding(undefined)}
        />
      )}
    </section>
  );
}
