import type { IncidentSummary } from '../../domain/summary';
import { language, t } from '../../i18n';
import { formatInstant } from '../../i18n/dates';
import { chart, layoutChart } from './chartGeometry';

/** Incidents per week (or month) as an inline SVG, with the same numbers as a table for screen readers and for checking. */
export function PeriodChart({ summary }: { summary: IncidentSummary }) {
  const lang = language.value;
  const weekly = summary.period === 'week';
  const label = (start: number) => formatInstant(start, lang, weekly ? 'shortDate' : 'month');
  const axisLabel = (start: number) => formatInstant(start, lang, weekly ? 'dayMonth' : 'shortMonth');
  const { bars, labels, max, markers } = layoutChart(summary);
  const periods = summary.perPeriod;
  const first = periods[0];
  const last = periods[periods.length - 1];
  if (!first || !last) return null;
  const baseline = chart.height - chart.bottom;
  return (
    <section aria-labelledby="overview-chart">
      <h2 id="overview-chart">{t(weekly ? 'overview.perWeek' : 'overview.perMonth')}</h2>
      <figure class="period-chart">
        <svg viewBox={`0 0 ${chart.width} ${chart.height}`} role="img" aria-labelledby="overview-chart-title overview-chart-desc" data-testid="period-chart">
          <title id="overview-chart-title">{t(weekly ? 'overview.perWeek' : 'overview.perMonth')}</title>
          <desc id="overview-chart-desc">
            {t(weekly ? 'overview.chartSummaryWeek' : 'overview.chartSummaryMonth', {
              periods: periods.length, first: label(first.start), last: label(last.start), max,
            })}
          </desc>
          <line class="chart-grid" x1={chart.left} x2={chart.width - chart.right} y1={chart.top} y2={chart.top} />
          <text class="chart-text" x={chart.left - 4} y={chart.top + 4} text-anchor="end">{max}</text>
          <text class="chart-text" x={chart.left - 4} y={baseline} text-anchor="end">0</text>
          {bars.map((bar, index) => (
            <rect key={periods[index].start} class="chart-bar" x={bar.x} y={bar.y} width={bar.width} height={bar.height} />
          ))}
          {markers.map((x, index) => (
            <line key={index} class="chart-marker" x1={x} x2={x} y1={chart.top - 6} y2={baseline} />
          ))}
          <line class="chart-axis" x1={chart.left} x2={chart.width - chart.right} y1={baseline} y2={baseline} />
          {labels.map(({ index, x }) => (
            <text key={index} class="chart-text" x={x} y={chart.height - 8} text-anchor="middle">{axisLabel(periods[index].start)}</text>
          ))}
        </svg>
        {markers.length > 0 && (
          <figcaption class="muted chart-legend">
            <span class="chart-legend-marker" aria-hidden="true" /> {t('overview.chartMarker')}
          </figcaption>
        )}
      </figure>
      <details class="chart-table">
        <summary>{t('overview.showTable')}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{t(weekly ? 'overview.tableWeek' : 'overview.tableMonth')}</th>
              <th scope="col">{t('overview.tableCount')}</th>
            </tr>
          </thead>
          <tbody>
            {periods.map((period) => (
              <tr key={period.start}>
                <th scope="row">{label(period.start)}</th>
                <td>{period.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
