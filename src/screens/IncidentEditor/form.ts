import { blankIncident } from '../../domain/incident';
import type { IncidentKind } from '../../domain/kinds';
import { instantOfReading, localTimeText, readLocalTime, type LocalTimeReading } from '../../domain/localTime';
import type { Incident, IncidentInput, Instant } from '../../domain/types';
import { validateIncident, type ValidationProblem } from '../../domain/validation';
import { offsetAt } from '../../domain/zone';

/**
 * What the editor holds while the user types: times as the datetime-local text in the incident's zone, so a
 * half-typed value survives a draft, with the UTC offset chosen where the clocks showed that time twice.
 */
export interface EditorForm extends Omit<IncidentInput, 'kind' | 'occurredAt' | 'endedAt'> {
  kind?: IncidentKind;
  occurredAt: string;
  endedAt: string;
  /** Offset (ms) picked for a repeated local time; a text that names one instant ignores it. */
  occurredAtOffset?: number;
  endedAtOffset?: number;
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
  const zone = details.timeZone;
  return { ...details, occurredAt: localTimeText(now, zone), occurredAtOffset: offsetAt(now, zone), endedAt: '' };
}

export function formFromIncident(incident: Incident): EditorForm {
  return {
    kind: incident.kind,
    occurredAt: localTimeText(incident.occurredAt, incident.timeZone),
    occurredAtOffset: offsetAt(incident.occurredAt, incident.timeZone),
    endedAt: incident.endedAt === undefined ? '' : localTimeText(incident.endedAt, incident.timeZone),
    endedAtOffset: incident.endedAt === undefined ? undefined : offsetAt(incident.endedAt, incident.timeZone),
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

type TimeField = 'occurredAt' | 'endedAt';

function instantOf(form: EditorForm, field: TimeField, original: Instant | undefined): Instant | undefined {
  const instant = instantOfReading(readLocalTime(form[field], form.timeZone), form[`${field}Offset`], form.timeZone);
  // The text holds minutes: a stored time in the same minute keeps its seconds.
  if (original !== undefined && instant === Math.floor(original / 60_000) * 60_000) return original;
  return instant;
}

/** The incident as the database verbs take it; kind may still be missing, which validation reports. */
export function inputFromForm(form: EditorForm): Partial<IncidentInput> {
  const occurredAt = instantOf(form, 'occurredAt', form.originalOccurredAt);
  const endedAt = instantOf(form, 'endedAt', form.originalEndedAt);
  return {
    kind: form.kind,
    occurredAt,
    ...(endedAt === undefined ? {} : { endedAt }),
    // The texts are read in the incident's zone, which it keeps.
    timeZone: form.timeZone,
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

function readingProblem(reading: LocalTimeReading, chosenOffset: number | undefined, timeZone: string): ValidationProblem['message'] | undefined {
  if (reading.kind === 'implausibleYear') return 'validation.yearImplausible';
  if (reading.kind === 'skipped') return 'validation.timeSkipped';
  if (reading.kind === 'repeated' && instantOfReading(reading, chosenOffset, timeZone) === undefined) return 'validation.timeRepeated';
  return undefined;
}

const fieldOrder: ValidationProblem['field'][] = ['kind', 'occurredAt', 'endedAt', 'witnesses', 'place'];

/** validateIncident plus what only the typed text shows: a year that is no year, a time skipped or repeated. */
export function validateForm(form: EditorForm, now: number): ValidationProblem[] {
  const timeProblems = (['occurredAt', 'endedAt'] as const).flatMap((field) => {
    const message = readingProblem(readLocalTime(form[field], form.timeZone), form[`${field}Offset`], form.timeZone);
    return message ? [{ field, message }] : [];
  });
  const others = validateIncident(inputFromForm(form), now).filter((problem) => !timeProblems.some((time) => time.field === problem.field));
  return [...timeProblems, ...others].sort((a, b) => fieldOrder.indexOf(a.field) - fieldOrder.indexOf(b.field));
}

/** Everything typed, as plain text to copy or share when the phone cannot store it. */
export function formAsText(form: EditorForm, label: (field: string) => string): string {
  const lines = [
    form.kind && `${label('kind')}: ${label(`kind.${form.kind}`)}`,
    form.occurredAt && `${label('occurredAt')}: ${form.occurredAt.replace('T', ' ')}`,
    form.endedAt && `${label('endedAt')}: ${form.endedAt.replace('T', ' ')}`,
    form.place.text && `${label('place')}: ${form.place.text}`,
    form.description && `${label('description')}:\n${form.description}`,
    form.peopleInvolved && `${label('peopleInvolved')}: ${form.peopleInvolved}`,
    form.effect && `${label('effect')}: ${form.effect}`,
    ...form.witnesses.map((witness) => `${label('witness')}: ${[witness.name, witness.contact, witness.note].filter(Boolean).join(', ')}`),
    [form.police.journalNumber, form.police.officer, form.police.phone].some(Boolean)
      && `${label('police')}: ${[form.police.journalNumber, form.police.officer, form.police.phone].filter(Boolean).join(', ')}`,
  ];
  return lines.filter(Boolean).join('\n\n');
}
