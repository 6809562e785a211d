import '../../i18n/laterMessages';
import { useEffect, useState } from 'preact/hooks';
import { getCaseDetails, listIncidents } from '../../db';
import { summarize, type IncidentSummary } from '../../domain/summary';
import { language, t } from '../../i18n';
import { formatInstant } from '../../i18n/dates';
import { routeHref } from '../../app/router';
import { errorText } from '../../ui/errorText';
import { KindCounts } from './KindCounts';
import { PeriodChart } from './PeriodChart';
import { Milestones } from './Milestones';
import { PoliceContacts } from './PoliceContacts';
import { KeyExamples } from './KeyExamples';
import './Overview.css';

type Loaded = { summary: IncidentSummary } | { error: string } | undefined;

/** The pattern at a glance, from the same summary model the PDF report is drawn from. */
export default function Overview() {
  const [loaded, setLoaded] = useState<Loaded>();
  useEffect(() => {
    Promise.all([listIncidents(), getCaseDetails()])
      .then(([incidents, caseDetails]) => setLoaded({ summary: summarize(incidents, caseDetails) }))
      .catch((error: unknown) => setLoaded({ error: errorText(error) }));
  }, []);

  const exportLink = (
    <a class="button primary overview-export" href={routeHref({ screen: 'export' })}>
      {t('overview.export')}
    </a>
  );

  if (!loaded) return <h1>{t('overview.title')}</h1>;
  if ('error' in loaded) {
    return (
      <>
        <h1>{t('overview.title')}</h1>
        <p class="error-box" role="alert">{loaded.error}</p>
      </>
    );
  }
  const { summary } = loaded;
  if (summary.total === 0 || summary.firstAt === undefined || summary.lastAt === undefined) {
    return (
      <div class="overview stack">
        <h1>{t('overview.title')}</h1>
        <p>{t('overview.empty')}</p>
        <a class="button primary" href={routeHref({ screen: 'newIncident' })}>{t('action.newIncident')}</a>
      </div>
    );
  }
  const lang = language.value;
  return (
    <div class="overview">
      <h1>{t('overview.title')}</h1>
      <section class="card overview-total" aria-labelledby="overview-total">
        <p>
          <span id="overview-total" class="overview-total-label">{t('overview.totalLabel')}</span>
          <strong class="overview-total-count" data-testid="overview-total">{summary.total}</strong>
        </p>
        <p class="muted">
          {t('overview.period', { first: formatInstant(summary.firstAt, lang, 'date'), last: formatInstant(summary.lastAt, lang, 'date') })}
        </p>
        {exportLink}
      </section>
      <PeriodChart summary={summary} />
      <KindCounts byKind={summary.byKind} />
      <Milestones summary={summary} />
      <PoliceContacts contacts={summary.policeContacts} />
      <KeyExamples examples={summary.keyExamples} />
    </div>
  );
}
