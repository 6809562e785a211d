import '../../i18n/laterMessages';
import { useEffect, useState } from 'preact/hooks';
import { navigate, routeHref } from '../../app/router';
import { eraseIncident, listTrash, restoreIncident } from '../../db';
import type { Incident } from '../../domain/types';
import { language, t, tn } from '../../i18n';
import { formatInstant, formatZonedTime } from '../../i18n/dates';
import { deviceTimeZone } from '../../domain/zone';
import { BackLink } from '../../ui/BackLink';
import { errorText } from '../../ui/errorText';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Toast } from '../../ui/Toast';
import './Trash.css';

/** Deleted incidents, newest deletion first: restore, or delete for good behind a confirmation that says what is lost. */
export default function Trash() {
  const [incidents, setIncidents] = useState<Incident[]>();
  const [failure, setFailure] = useState<string>();
  const [restored, setRestored] = useState<Incident>();
  const [erasing, setErasing] = useState<Incident>();
  const [erased, setErased] = useState(false);

  const load = () => listTrash().then(setIncidents, (error) => setFailure(errorText(error)));
  useEffect(() => {
    void load();
  }, []);

  async function restore(incident: Incident) {
    try {
      await restoreIncident(incident.id);
      setRestored(incident);
      await load();
    } catch (error) {
      setFailure(errorText(error));
    }
  }

  async function erase(incident: Incident) {
    setErasing(undefined);
    try {
      await eraseIncident(incident.id);
      setErased(true);
      await load();
    } catch (error) {
      setFailure(errorText(error));
    }
  }

  const lang = language.value;
  const describe = (incident: Incident) => ({ kind: t(`kind.${incident.kind}`), time: formatInstant(incident.occurredAt, lang, 'shortDateTime') });
  return (
    <div class="trash">
      <p><BackLink to={{ screen: 'timeline' }} label={t('trash.back')} /></p>
      <h1>{t('trash.title')}</h1>
      <p class="muted">{t('trash.intro')}</p>
      {failure && <p class="error-box" role="alert">{failure}</p>}
      {!incidents && !failure && <p aria-live="polite">{t('status.loading')}</p>}
      {incidents && !incidents.length && <p class="card">{t('trash.empty')}</p>}
      {incidents && incidents.length > 0 && (
        <ul class="trash-list">
          {incidents.map((incident) => {
            const kind = t(`kind.${incident.kind}`);
            const time = formatZonedTime(incident.occurredAt, incident.timeZone, deviceTimeZone(), lang, 'shortDateTime');
            return (
              <li key={incident.id} class="card trash-item">
                <a href={routeHref({ screen: 'incident', id: incident.id })}>
                  <strong>{kind}</strong>
                  <span>{time}</span>
                </a>
                {incident.place.text && <span>{incident.place.text}</span>}
                <span class="muted">{t('trash.deletedAt', { time: formatInstant(incident.deletedAt ?? incident.updatedAt, lang, 'shortDateTime') })}</span>
                <div class="row trash-actions">
                  <button type="button" onClick={() => restore(incident)} aria-label={t('trash.restore', { kind, time })}>
                    {t('action.restore')}
                  </button>
                  <button type="button" class="danger" onClick={() => setErasing(incident)} aria-label={t('erase.label', { kind, time })}>
                    {t('erase.action')}
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {erasing && (
        <ConfirmDialog
          message={t('erase.confirm', { ...describe(erasing), files: tn('integrity.files', erasing.attachmentIds.length) })}
          confirmLabel={t('erase.action')}
          cancelLabel={t('action.cancel')}
          danger
          onConfirm={() => void erase(erasing)}
          onCancel={() => setErasing(undefined)}
        />
      )}
      {erased && <Toast message={t('erase.done')} onClose={() => setErased(false)} />}
      {restored && (
        <Toast
          message={t('trash.restored')}
          actionLabel={t('action.open')}
          onAction={() => navigate({ screen: 'incident', id: restored.id })}
          onClose={() => setRestored(undefined)}
        />
      )}
    </div>
  );
}
