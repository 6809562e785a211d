import type { IncidentSummary } from '../../domain/summary';
import { language, t } from '../../i18n';
import { formatCalendarDate } from '../../i18n/calendarDates';
import { routeHref } from '../../app/router';

/** The clear "no" and each restraining order, with how many incidents came after: the heart of section 242. */
export function Milestones({ summary }: { summary: IncidentSummary }) {
  const lang = language.value;
  const { clearNo, restrainingOrders } = summary;
  return (
    <section aria-labelledby="overview-milestones">
      <h2 id="overview-milestones">{t('overview.milestones')}</h2>
      {!clearNo && !restrainingOrders.length ? (
        <p class="muted">
          {t('overview.noMilestones')} <a class="button" href={routeHref({ screen: 'case' })}>{t('overview.toCase')}</a>
        </p>
      ) : (
        <ul class="overview-list" data-testid="milestones">
          {clearNo && (
            <li class="card">
              <strong>{t('overview.clearNo', { date: formatCalendarDate(clearNo.date, lang) })}</strong>
              <span>{t('overview.incidentsSince', { count: clearNo.incidentsAfter })}</span>
            </li>
          )}
          {restrainingOrders.map(({ order, incidentsAfter }, index) => (
            <li class="card" key={`${order.issuedOn}-${index}`}>
              <strong>{t('overview.restrainingOrder', { date: formatCalendarDate(order.issuedOn, lang) })}</strong>
              {order.expiresOn && <span class="muted">{t('overview.expires', { date: formatCalendarDate(order.expiresOn, lang) })}</span>}
              {order.journalNumber && <span class="muted">{t('overview.journal', { number: order.journalNumber })}</span>}
              <span>{t('overview.incidentsSince', { count: incidentsAfter })}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
