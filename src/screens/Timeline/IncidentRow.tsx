import { routeHref } from '../../app/router';
import type { Incident } from '../../domain/types';
import { language, t, tn } from '../../i18n';
import { formatZonedTime } from '../../i18n/dates';
import { deviceTimeZone } from '../../domain/zone';
import { Thumbnail } from '../../ui/Thumbnail';

const snippetLength = 160;

function snippet(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > snippetLength ? `${flat.slice(0, snippetLength).trimEnd()}…` : flat;
}

/** One incident in the log: the whole row opens it. */
export function IncidentRow({ incident, thumbnail }: { incident: Incident; thumbnail?: Blob }) {
  const files = incident.attachmentIds.length;
  return (
    <li>
      <a class="incident-row" href={routeHref({ screen: 'incident', id: incident.id })}>
        {thumbnail && <Thumbnail image={thumbnail} alt="" />}
        <span class="incident-row-text">
          <span class="incident-row-head">
            <strong class="incident-kind">{t(`kind.${incident.kind}`)}</strong>
            {incident.keyExample && <span class="badge">{t('timeline.keyExample')}</span>}
          </span>
          <time dateTime={new Date(incident.occurredAt).toISOString()}>
            {formatZonedTime(incident.occurredAt, incident.timeZone, deviceTimeZone(), language.value, 'shortDateTime')}
            {incident.approximate && <span class="muted"> ({t('timeline.approximate')})</span>}
          </time>
          {incident.place.text && <span class="incident-place">{incident.place.text}</span>}
          {incident.description && <span class="incident-snippet">{snippet(incident.description)}</span>}
          {files > 0 && (
            <span class="muted incident-files">
              {tn('timeline.files', files)}
            </span>
          )}
        </span>
      </a>
    </li>
  );
}
