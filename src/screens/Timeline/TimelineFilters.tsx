import { incidentKinds, type IncidentKind } from '../../domain/kinds';
import { t, tn } from '../../i18n';
import { activeFilters, noFilter, type TimelineFilter } from './filter';

interface TimelineFiltersProps {
  filter: TimelineFilter;
  onChange: (filter: TimelineFilter) => void;
}

/** Search always in view; kinds and dates folded away until wanted. */
export function TimelineFilters({ filter, onChange }: TimelineFiltersProps) {
  const active = activeFilters(filter);
  const toggleKind = (kind: IncidentKind, on: boolean) =>
    onChange({ ...filter, kinds: on ? [...filter.kinds, kind] : filter.kinds.filter((other) => other !== kind) });
  return (
    <div class="timeline-filters" role="search">
      <label for="timeline-search">{t('timeline.search')}</label>
      <input id="timeline-search" type="search" value={filter.text} autoComplete="off"
        onInput={(event) => onChange({ ...filter, text: event.currentTarget.value })} />
      <details open={filter.kinds.length > 0 || !!filter.from || !!filter.to}>
        <summary>{active ? tn('timeline.filtersActive', active) : t('timeline.filters')}</summary>
        <fieldset>
          <legend>{t('timeline.kinds')}</legend>
          <div class="timeline-kinds">
            {incidentKinds.map((kind) => (
              <label key={kind} class="check">
                <input type="checkbox" checked={filter.kinds.includes(kind)} onChange={(event) => toggleKind(kind, event.currentTarget.checked)} />
                <span>{t(`kind.${kind}`)}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <div class="timeline-dates">
          <div>
            <label for="timeline-from">{t('timeline.from')}</label>
            <input id="timeline-from" type="date" value={filter.from} max={filter.to || undefined}
              onInput={(event) => onChange({ ...filter, from: event.currentTarget.value })} />
          </div>
          <div>
            <label for="timeline-to">{t('timeline.to')}</label>
            <input id="timeline-to" type="date" value={filter.to} min={filter.from || undefined}
              onInput={(event) => onChange({ ...filter, to: event.currentTarget.value })} />
          </div>
        </div>
      </details>
      {active > 0 && <button type="button" class="link" onClick={() => onChange(noFilter)}>{t('timeline.clearFilters')}</button>}
    </div>
  );
}
