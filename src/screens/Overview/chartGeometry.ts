import { addMonths, addWeeks } from 'date-fns';
import { startOfDay } from '../../domain/days';
import type { IncidentSummary } from '../../domain/summary';

// Pure layout of the incidents-per-period bar chart, so the drawing stays a plain list of shapes.

export const chart = { width: 340, height: 170, left: 28, right: 8, top: 12, bottom: 26 } as const;
const maxBarWidth = 28;
/** Room one axis label needs ("16. nov." at 11 px). */
const labelWidth = 52;

export interface Bar {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface AxisLabel {
  index: number;
  x: number;
}

export interface ChartLayout {
  bars: Bar[];
  /** Periods labelled under the axis: as many as fit without overlapping. */
  labels: AxisLabel[];
  max: number;
  /** x of each clear-no or restraining-order date that falls inside the chart. */
  markers: number[];
}

function periodEnd(summary: IncidentSummary, start: number): number {
  return (summary.period === 'week' ? addWeeks(start, 1) : addMonths(start, 1)).getTime();
}

export function layoutChart(summary: IncidentSummary): ChartLayout {
  const periods = summary.perPeriod;
  const max = Math.max(1, ...periods.map((period) => period.count));
  const plotWidth = chart.width - chart.left - chart.right;
  const plotHeight = chart.height - chart.top - chart.bottom;
  const slot = plotWidth / Math.max(1, periods.length);
  // A few weeks should still look like bars, not blocks.
  const width = Math.min(maxBarWidth, slot - Math.min(4, slot * 0.2));
  const centre = (index: number) => chart.left + (index + 0.5) * slot;
  const bars = periods.map((period, index) => {
    const height = (period.count / max) * plotHeight;
    return { x: centre(index) - width / 2, y: chart.top + plotHeight - height, width, height };
  });
  const every = Math.ceil((periods.length * labelWidth) / plotWidth);
  const labels: AxisLabel[] = [];
  for (let index = 0; index < periods.length; index += every) {
    const x = Math.min(Math.max(centre(index), chart.left + labelWidth / 2), chart.width - chart.right - labelWidth / 2);
    // Labels pushed in from the edges must still not overlap their neighbour.
    if (!labels.length || x - labels[labels.length - 1].x >= labelWidth) labels.push({ index, x });
  }
  const dates = [summary.clearNo?.date, ...summary.restrainingOrders.map(({ order }) => order.issuedOn)];
  const markers: number[] = [];
  for (const date of dates) {
    const at = date ? startOfDay(date) : undefined;
    if (at === undefined) continue;
    const index = periods.findIndex((period) => at >= period.start && at < periodEnd(summary, period.start));
    if (index < 0) continue;
    const fraction = (at - periods[index].start) / (periodEnd(summary, periods[index].start) - periods[index].start);
    markers.push(chart.left + (index + fraction) * slot);
  }
  return { bars, labels, max, markers };
}
