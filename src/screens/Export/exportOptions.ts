import { startOfDay } from '../../domain/days';
import { incidentKinds, type IncidentKind } from '../../domain/kinds';
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


/** The report's options, or undefined when the period runs backwards. */
export function toReportOptions(choices: ExportChoices): ReportOptions | undefined {
  const from = choices.fromDate ? startOfDay(choices.fromDate) : undefined;
  // The start of the next day less one millisecond: the whole "to" day is included.
  const next = choices.toDate ? startOfDay(choices.toDate, 1) : undefined;
  const to = next === undefined ? undefined : next - 1;
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
