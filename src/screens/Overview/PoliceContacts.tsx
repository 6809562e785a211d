import type { PoliceContactSummary } from '../../domain/summary';
import { language, t } from '../../i18n';
import { formatZonedTime } from '../../i18n/dates';
import { deviceTimeZone } from '../../domain/zone';
import { routeHref } from '../../app/router';

export function PoliceContacts({ contacts }: { contacts: PoliceContactSummary[] }) {
  const lang = language.value;
  return (
    <section aria-labelledby="overview-police">
      <h2 id="overview-police">{t('overview.policeContacts')}</h2>
      {!contacts.length ? (
        <p class="muted">{t('overview.noPolice')}</p>
      ) : (
        <ul class="overview-list">
          {contacts.map((contact) => (
            <li class="card" key={contact.incidentId}>
              <a href={routeHref({ screen: 'incident', id: contact.incidentId })}>{formatZonedTime(contact.occurredAt, contact.timeZone, deviceTimeZone(), lang, 'shortDateTime')}</a>
              {contact.journalNumber && <strong>{t('overview.journal', { number: contact.journalNumber })}</strong>}
              {contact.officer && <span>{t('overview.officer', { name: contact.officer })}</span>}
              {contact.phone && <span class="muted">{t('overview.phone', { number: contact.phone })}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
