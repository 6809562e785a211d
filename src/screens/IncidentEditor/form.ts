import { blankIncident, deviceTimeZone } from '../../domain/incident';
import type { IncidentKind } from '../../domain/kinds';
import type { Incident, IncidentInput, Instant } from '../../domain/types';
import { fromLocalInputValue, toLocalInputValue } from '../../i18n/dates';

/** What the editor holds while the user types: times as the datetime-local text, so a half-typed value survives a draft. */
export interface EditorForm extends Omit<IncidentInput, 'kind' | 'occurredAt' | 'endedAt'> {
  kind?: IncidentKind;
  occurredAt: string;
  endedAt: string;
  /** The stored instants the texts came from; kept when the text is unchanged so an edit does not round them. */
  originalOccurredAt?: Instant;
  originalEndedAt?: Instant;
}

/** A file picked but not yet stored; kept as a Blob with its facts beside it, because a stored File loses its name. */
export interface PendingFile {
  key: string;
  blob: Blob;
  name: string;
  type: string;
  lastModified: number;
}

export function blankForm(now: Instant): EditorForm {
  const { kind: _kind, occurredAt: _occurredAt, endedAt: _endedAt, ...details } = blankIncident(now) as IncidentInput;
  return { ...details, occurredAt: toLocalInputValue(now), endedAt: '' };
}

export function formFromIncident(incident: Incident): EditorForm {
  return {
    kind: incident.kind,
    occurredAt: toLocalInputValue(incident.occurredAt),
    endedAt: incident.endedAt === undefined ? '' : toLocalInputValue(incident.endedAt),
    originalOccurredAt: incident.occurredAt,
    originalEndedAt: incident.endedAt,
    timeZone: incident.timeZone,
    approximate: incident.approximate,
    place: { ...incident.place },
    description: incident.description,
    peopleInvolved: incident.peopleInvolved,
    effect: incident.effect,
    witnesses: incident.witnesses.map((witness) => ({ ...witness })),
    police: { ...incident.police },
    keyExample: incident.keyExample,
    privateFields: [...incident.privateFields],
  };
}

function instantOf(text: string, original: Instant | undefined): Instant | undefined {
  if (original !== undefined && text === toLocalInputValue(original)) return original;
  return fromLocalInputValue(text);
}

/** The incident as the database verbs take it; kind may still be missing, which validation reports. */
export function inputFromForm(form: EditorForm): Partial<IncidentInput> {
  const occurredAt = instantOf(form.occurredAt, form.originalOccurredAt);
  const endedAt = instantOf(form.endedAt, form.originalEndedAt);
  const timeChanged = occurredAt !== form.originalOccurredAt || endedAt !== form.originalEndedAt;
  return {
    kind: form.kind,
    occurredAt,
    ...(endedAt === undefined ? {} : { endedAt }),
    // The text is read in the device's zone, so a changed time belongs to it.
    timeZone: timeChanged ? deviceTimeZone() : form.timeZone,
    approximate: form.approximate,
    place: form.place,
    description: form.description,
    peopleInvolved: form.peopleInvolved,
    effect: form.effect,
    witnesses: form.witnesses,
    police: form.police,
    keyExample: form.keyExample,
    privateFields: form.privateFields,
  };
}
