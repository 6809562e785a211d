import '../../i18n/laterMessages';
import { useEffect, useState } from 'preact/hooks';
import { routeHref } from '../../app/router';
import { getIncident, listAttachments, listRevisions, restoreIncident, trashIncident } from '../../db';
import { deviceTimeZone } from '../../domain/zone';
import type { Attachment, Incident, Revision } from '../../domain/types';
import { language, t } from '../../i18n';
import { formatInstant, formatZonedTime } from '../../i18n/dates';
import { BackLink } from '../../ui/BackLink';
import { errorText } from '../../ui/errorText';
import { SavedConfirmation } from '../../ui/SavedConfirmation';
import { Toast } from '../../ui/Toast';
import { AttachmentCard } from './AttachmentCard';
import { IncidentFields } from './IncidentFields';
import { RevisionHistory } from './RevisionHistory';
import { IntegrityStatus } from './IntegrityStatus';
import './IncidentDetail.css';

interface Loaded {
  incident: Incident;
  attachments: Attachment[];
  revisions: Revision[];
}

interface Notice {
  message: string;
  undo?: () => void;
}

/** Everything about one incident, its evidence and its history; delete goes to the trash with Undo. */
export default function IncidentDetail({ id }: { id: string }) {
  const [loaded, setLoaded] = useState<Loaded | null>();
  const [failure, setFailure] = useState<string>();
  const [notice, setNotice] = useState<Notice>();

  async function load() {
    const incident = await getIncident(id);
    if (!incident) return setLoaded(null);
    const [attachments, revisions] = await Promise.all([listAttachments(id), listRevisions(id)]);
    setLoaded({ incident, attachments, revisions });
  }

  useEffect(() => {
    load().catch((error) => setFailure(errorText(error)));
  }, [id]);

  async function act(change: () => Promise<void>, after: Notice) {
    try {
      await change();
      await load();
      setNotice(after);
      setFailure(undefined);
    } catch (error) {
      setFailure(errorText(error));
    }
  }
  const restore = () => act(() => restoreIncident(id), { message: t('incident.restored') });
  const trash = () => act(() => trashIncident(id), { message: t('incident.movedToTrash'), undo: restore });

  if (loaded === null) {
    return (
      <div class="stack">
        <IntegrityStatus id={id} version={0} onlyFindings />
        <p class="error-box" role="alert">{t('error.notFound')}</p>
        <p><BackLink to={{ screen: 'timeline' }} label={t('incident.backToLog')} /> · <a href={routeHref({ screen: 'trash' })}>{t('timeline.trash')}</a></p>
      </div>
    );
  }
  if (!loaded) return failure ? <p class="error-box" role="alert">{failure}</p> : <p aria-live="polite">{t('status.loading')}</p>;

  const { incident, attachments, revisions } = loaded;
  const lang = language.value;
  const inTrash = incident.deletedAt !== undefined;
  return (
    <article class="incident-detail">
      <p><BackLink to={{ screen: 'timeline' }} label={t('incident.backToLog')} /></p>
      <h1>{t(`kind.${incident.kind}`)}</h1>
      <SavedConfirmation id={id} />
      {failure && <p class="error-box" role="alert">{failure}</p>}
      {inTrash && (
        <div class="trash-banner" role="status">
          <p>{t('incident.inTrash', { time: formatInstant(incident.deletedAt!, lang, 'dateTime') })}</p>
          <button type="button" class="primary" onClick={restore}>{t('action.restore')}</button>
        </div>
      )}
      <p class="detail-when">
        <time dateTime={new Date(incident.occurredAt).toISOString()}>{formatZonedTime(incident.occurredAt, incident.timeZone, deviceTimeZone(), lang, 'dateTime')}</time>
        {incident.endedAt !== undefined && <span class="muted"> · {t('incident.ended', { time: formatZonedTime(incident.endedAt, incident.timeZone, deviceTimeZone(), lang, 'dateTime') })}</span>}
      </p>
      {(incident.approximate || incident.keyExample || incident.timeZone !== deviceTimeZone()) && (
        <p class="row">
          {incident.approximate && <span class="badge">{t('incident.approximate')}</span>}
          {incident.keyExample && <span class="badge">{t('incident.keyExample')}</span>}
          {incident.timeZone !== deviceTimeZone() && <span class="muted">{t('incident.timeZone', { zone: incident.timeZone })}</span>}
        </p>
      )}
      {!inTrash && (
        <div class="row detail-actions">
          <a class="button primary" href={routeHref({ screen: 'editIncident', id })}>{t('action.edit')}</a>
        </div>
      )}

      <IncidentFields incident={incident} />

      <section aria-labelledby="detail-evidence">
        <h2 id="detail-evidence">{t('incident.evidence')}</h2>
        {attachments.length ? (
          <ul class="attachments">{attachments.map((attachment) => <AttachmentCard key={attachment.id} attachment={attachment} />)}</ul>
        ) : (
          <p class="muted">{t('incident.noEvidence')}</p>
        )}
      </section>

      <section aria-labelledby="detail-history">
        <h2 id="detail-history">{t('incident.history')}</h2>
        <p class="muted">
          {t('incident.written', { time: formatInstant(incident.createdAt, lang, 'dateTime') })}
          {incident.updatedAt !== incident.createdAt && <> · {t('incident.lastEdited', { time: formatInstant(incident.updatedAt, lang, 'dateTime') })}</>}
        </p>
        <IntegrityStatus id={id} version={revisions.length} />
        <RevisionHistory revisions={revisions} timeZone={incident.timeZone} />
      </section>

      {/* Out of the way of Edit: a slip of the thumb should not move evidence to the trash. */}
      {!inTrash && (
        <p class="detail-danger">
          <button type="button" class="danger" onClick={trash}>{t('incident.moveToTrash')}</button>
        </p>
      )}

      {notice && (
        <Toast
          message={notice.message}
          actionLabel={notice.undo && t('action.undo')}
          onAction={notice.undo && (() => void notice.undo!())}
          onClose={() => setNotice(undefined)}
        />
      )}
    </article>
  );
}
