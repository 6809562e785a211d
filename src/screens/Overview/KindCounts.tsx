import type { IncidentSummary } from '../../domain/summary';
import { t } from '../../i18n';

/** Incidents per kind, most frequent first, with a bar for the eye (the number carries the meaning). */
export function KindCounts({ byKind }: { byKind: IncidentSummary['byKind'] }) {
  const most = Math.max(1, ...byKind.map((entry) => entry.count));
  return (
    <section aria-labelledby="overview-kinds">
      <h2 id="overview-kinds">{t('overview.byKind')}</h2>
      <ul class="kind-counts" data-testid="kind-counts">
        {byKind.map(({ kind, count }) => (
          <li key={kind}>
            <span class="kind-counts-label">{t(`kind.${kind}`)}</span>
            <strong class="kind-counts-count">{count}</strong>
            <span class="kind-counts-bar" aria-hidden="true">
              <span style={{ width: `${(count / most) * 100}%` }} />
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
