import { incidentKinds, type IncidentKind } from '../../domain/kinds';
import { startOfCalendarDate } from '../../domain/summary';
import type { Language } from '../../i18n';
import type { ReportOptions } from '../../report/types';

/** What the form holds: dates as the inputs give them (yyyy-MM-dd, or empty for open-ended). */
export interface ExportChoices {
  fromDate: string;
  toDate: string;
  kinds: IncidentKind[];
  language: Language;
  order: ReportOptions['order'];
  includePhotos: boolean;
  policeCopy: boolean;
}

export function defaultChoices(language: Language): ExportChoices {
  return { fromDate: '', toDate: '', kinds: [], language, order: 'newestFirst', includePhotos: true, policeCopy: true };
}

/** Midnight at the start of the "to" date's next day, less one millisecond: the whole day is included. */
function endOfCalendarDate(isoDate: string): number | undefined {
  const [year, month, day] = isoDate.split('-').map(Number);
  if (!year || !month || !day) return undefined;
  return new Date(year, month - 1, day + 1).getTime() - 1;
}

/** The report's options, or undefined when the period runs backwards. */
export function toReportOptions(choices: ExportChoices): ReportOptions | undefined {
  const from = choices.fromDate ? startOfCalendarDate(choices.fromDate) : undefined;
  const to = choices.toDate ? endOfCalendarDate(choices.toDate) : undefined;
  if (from !== undefined && to !== undefined && from > to) return undefined;
  return {
    language: choices.language,
    ...(from !== undefined ? { from } : {}),
    ...(to !== undefined ? { to } : {}),
    ...(choices.kinds.length ? { kinds: incidentKinds.filter((kind) => choices.kinds.includes(kind)) } : {}),
    order: choices.order,
    includePhotos: choices.includePhotos,
    policeCopy: choices.policeCopy,
  };
}
