import type { Incident } from '../../domain/types';
import { language, t } from '../../i18n';
import { routeHref } from '../../app/router';
import { formatZonedTime } from '../../i18n/dates';
import { deviceTimeZone } from '../../domain/zone';

const excerptLength = 140;

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > excerptLength ? `${flat.slice(0, excerptLength - 1)}…` : flat;
}

/** The 3 to 5 typical incidents the user picked; the report shows them in short on its overview page. */
export function KeyExamples({ examples }: { examples: Incident[] }) {
  const lang = language.value;
  return (
    <section aria-labelledby="overview-examples">
      <h2 id="overview-examples">{t('overview.keyExamples')}</h2>
      <p class="muted">
        {t('overview.keyExamplesHint')} {t('overview.keyExamplesCount', { count: examples.length })}
      </p>
      {examples.length > 0 && (
        <ul class="overview-list">
          {examples.map((incident) => (
            <li class="card" key={incident.id}>
              <a href={routeHref({ screen: 'incident', id: incident.id })}>
                {formatZonedTime(incident.occurredAt, incident.timeZone, deviceTimeZone(), lang, 'shortDateTime')} · {t(`kind.${incident.kind}`)}
              </a>
              <span>{excerpt(incident.description) || <em class="muted">{t('overview.noDescription')}</em>}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
