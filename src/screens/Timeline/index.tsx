import { useEffect, useState } from 'preact/hooks';
import { routeHref } from '../../app/router';
import { listIncidents } from '../../db/incidentQueries';
import { firstThumbnails } from '../../db/thumbnails';
import type { Incident } from '../../domain/types';
import { language, t, tn } from '../../i18n';
import { welcomeDismissed } from '../../ui/welcomeDismissed';
import { lazyScreen } from '../../app/lazyScreen';
import { UnsavedDrafts } from './UnsavedDrafts';
import { errorText } from '../../ui/errorText';
import { activeFilters, timelineFilter, toQuery } from './filter';
import { IncidentRow } from './IncidentRow';
import { groupByMonth } from './months';
import { TimelineFilters } from './TimelineFilters';
import './Timeline.css';

// The first-run card and its messages load only while it shows, requested as the log's own code arrives.
const WelcomeCard = lazyScreen(async () => ({ default: (await import('../../ui/WelcomeCard')).WelcomeCard }), { quiet: true });
if (!welcomeDismissed.value) WelcomeCard.preload();

/** The first screen reads only this many: 10,000 incidents must still open at once. */
export const pageSize = 100;
const searchPauseMs = 200;

interface Page {
  incidents: Incident[];
  thumbnails: Map<string, Blob>;
  more: boolean;
}

/** The log: newest first by when it happened, by month, with filter and search. */
export default function Timeline() {
  const filter = timelineFilter.value;
  const [limit, setLimit] = useState(pageSize);
  const [page, setPage] = useState<Page>();
  const [failure, setFailure] = useState<string>();

  useEffect(() => {
    let current = true;
    // Typing in the search box waits for a pause; everything else reads at once.
    const timer = setTimeout(async () => {
      try {
        const found = await listIncidents(await toQuery(filter, limit + 1));
        const incidents = found.slice(0, limit);
        const thumbnails = await firstThumbnails(incidents.filter((incident) => incident.attachmentIds.length).map((incident) => incident.id));
        if (current) setPage({ incidents, thumbnails, more: found.length > limit });
      } catch (error) {
        if (current) setFailure(t('timeline.loadFailed', { detail: errorText(error) }));
      }
    }, page && filter.text ? searchPauseMs : 0);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [filter, limit]);

  const filtered = activeFilters(filter) > 0;
  const empty = page && !page.incidents.length;
  return (
    <div class="timeline">
      <h1>{t('timeline.title')}</h1>
      <UnsavedDrafts />
      {!welcomeDismissed.value && <WelcomeCard />}
      {failure && <p class="error-box" role="alert">{failure}</p>}
      {empty && !filtered ? (
        <div class="card timeline-empty">
          <h2>{t('timeline.emptyTitle')}</h2>
          <p>{t('timeline.emptyText')}</p>
        </div>
      ) : (
        <TimelineFilters filter={filter} onChange={(next) => { timelineFilter.value = next; setLimit(pageSize); }} />
      )}
      {!page && !failure && <p aria-live="polite">{t('status.loading')}</p>}
      {page && (
        <>
          <p class="visually-hidden" role="status">{empty ? (filtered ? t('timeline.noMatches') : '') : tn('timeline.shown', page.incidents.length)}</p>
          {empty && filtered && <p class="muted">{t('timeline.noMatches')}</p>}
          {groupByMonth(page.incidents, language.value).map((group) => (
            <section key={group.label} class="timeline-month" aria-label={group.label}>
              <h2 class="month-heading">{group.label}</h2>
              <ul class="incident-list">
                {group.incidents.map((incident) => <IncidentRow key={incident.id} incident={incident} thumbnail={page.thumbnails.get(incident.id)} />)}
              </ul>
            </section>
          ))}
          {page.more && (
            <button type="button" class="show-more" onClick={() => setLimit((shown) => shown + pageSize)}>{t('timeline.showMore')}</button>
          )}
        </>
      )}
      <p class="timeline-trash"><a href={routeHref({ screen: 'trash' })}>{t('timeline.trash')}</a></p>
    </div>
  );
}
