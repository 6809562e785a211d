import { startOfDay } from '../../domain/days';
import type { IncidentSummary } from '../../domain/summary';
import type { Instant } from '../../domain/types';
import { formatCalendarDate } from '../../i18n/calendarDates';
import { formatInstant } from '../../i18n/dates';
import { colours, contentWidth, fontSizes, sheet, type ReportWriter } from '../writer';

// Incidents per week (or month) as vector bars with a counted axis, and the clear no and restraining orders marked.

const chartHeight = 58;
const axisGutter = 9;
const labelBand = 8;

export interface ChartMarker {
  label: string;
  isoDate: string;
}

/** 1, 2, 5, 10, 20, 50...: a tick step that gives at most five ticks. */
function tickStep(max: number): number {
  for (let magnitude = 1; ; magnitude *= 10) {
    for (const step of [1, 2, 5]) if (max / (step * magnitude) <= 5) return step * magnitude;
  }
}

/** Index (with fraction) of the period an instant falls in; a date before or after the chart sits on its edge. */
function position(perPeriod: IncidentSummary['perPeriod'], instant: Instant): number {
  if (instant < perPeriod[0].start) return 0;
  for (let index = 0; index < perPeriod.length; index += 1) {
    const start = perPeriod[index].start;
    const end = perPeriod[index + 1]?.start ?? start + (start - (perPeriod[index - 1]?.start ?? start - 7 * 864e5));
    if (instant >= start && instant < end) return index + (instant - start) / (end - start);
  }
  return perPeriod.length;
}

export function drawChart(writer: ReportWriter, summary: IncidentSummary, markers: ChartMarker[]): void {
  const { doc } = writer;
  const periods = summary.perPeriod;
  const markerBand = markers.length * 3.4 + 2;
  writer.ensure(markerBand + chartHeight + labelBand + 10);
  const top = writer.y + markerBand + 2;
  const left = sheet.left + axisGutter;
  const width = contentWidth - axisGutter;
  const bottom = top + chartHeight;
  const max = Math.max(1, ...periods.map((period) => period.count));
  const step = tickStep(max);
  const ceiling = Math.ceil(max / step) * step;
  const scale = chartHeight / ceiling;

  writer.style({ size: fontSizes.small, colour: colours.muted });
  doc.setLineWidth(0.15);
  for (let tick = 0; tick <= ceiling; tick += step) {
    const y = bottom - tick * scale;
    doc.setDrawColor(...(tick === 0 ? colours.ink : colours.rule));
    doc.line(left, y, left + width, y);
    doc.text(String(tick), left - 2, y, { align: 'right', baseline: 'middle' });
  }

  const slot = width / periods.length;
  const barWidth = Math.max(0.4, slot * 0.72);
  periods.forEach((period, index) => {
    if (!period.count) return;
    // Text colour is the PDF fill colour too, so set the bar colour for every bar.
    doc.setFillColor(...colours.accent);
    const x = left + index * slot + (slot - barWidth) / 2;
    doc.rect(x, bottom - period.count * scale, barWidth, period.count * scale, 'F');
    if (slot >= 4.5) {
      writer.style({ size: 6.5, colour: colours.ink });
      doc.text(String(period.count), x + barWidth / 2, bottom - period.count * scale - 0.8, { align: 'center', baseline: 'bottom' });
    }
  });

  const style = summary.period === 'week' ? 'dayMonth' : 'shortMonth';
  writer.style({ size: fontSizes.small, colour: colours.muted });
  const widest = Math.max(...periods.map((period) => doc.getTextWidth(formatInstant(period.start, writer.language, style))));
  const every = Math.max(1, Math.ceil((widest + 2) / slot));
  periods.forEach((period, index) => {
    if (index % every) return;
    const x = left + index * slot + slot / 2;
    doc.setDrawColor(...colours.ink);
    doc.line(x, bottom, x, bottom + 1);
    doc.text(formatInstant(period.start, writer.language, style), x, bottom + 2, { align: 'center', baseline: 'top' });
  });

  // Marker labels stack in a band above the plot, each line pointing down to its date.
  markers.forEach((marker, index) => {
    const labelTop = top - markerBand - 1 + index * 3.4;
    const start = startOfDay(marker.isoDate);
    if (start === undefined) return;
    const x = left + position(periods, start) * slot;
    doc.setDrawColor(...colours.warning);
    doc.setLineWidth(0.35);
    doc.setLineDashPattern([1.2, 0.8], 0);
    doc.line(x, labelTop + 1.2, x, bottom);
    doc.setLineDashPattern([], 0);
    writer.style({ size: 6.5, bold: true, colour: colours.warning });
    const label = `${marker.label} · ${formatCalendarDate(marker.isoDate, writer.language, 'shortDate')}`;
    const toLeft = x + 1 + doc.getTextWidth(label) > left + width;
    doc.text(label, toLeft ? x - 1 : x + 1, labelTop, { baseline: 'top', align: toLeft ? 'right' : 'left' });
  });
  writer.y = bottom + labelBand + 4;
}
