import type { IncidentKind } from './kinds';
import type { Incident, IncidentInput, Instant, Witness } from './types';
import { deviceTimeZone } from './zone';

/** A fresh incident as the quick-log button opens it: the time is now, everything else empty. */
export function blankIncident(now: Instant, timeZone = deviceTimeZone(), kind?: IncidentKind): Partial<IncidentInput> {
  return {
    kind,
    occurredAt: now,
    timeZone,
    approximate: false,
    place: { text: '' },
    description: '',
    peopleInvolved: '',
    effect: '',
    witnesses: [],
    police: { journalNumber: '', officer: '', phone: '' },
    keyExample: false,
    privateFields: [],
  };
}

export function blankWitness(): Witness {
  return { name: '', contact: '', note: '' };
}

/** Newest first, as Dansk Stalking Center's log template asks; ties broken by when they were written. */
export function compareNewestFirst(a: Incident, b: Incident): number {
  return b.occurredAt - a.occurredAt || b.createdAt - a.createdAt || a.id.localeCompare(b.id);
}

export function compareOldestFirst(a: Incident, b: Incident): number {
  return -compareNewestFirst(a, b);
}

/** Witnesses with nothing filled in are dropped rather than stored as empty rows. */
export function withoutEmptyWitnesses(witnesses: Witness[]): Witness[] {
  return witnesses.filter((witness) => witness.name.trim() || witness.contact.trim() || witness.note.trim());
}

/** The text searched by the timeline's search box. */
export function searchableText(incident: Incident): string {
  return [
    incident.place.text,
    incident.description,
    incident.peopleInvolved,
    incident.effect,
    incident.police.journalNumber,
    incident.police.officer,
    ...incident.witnesses.flatMap((witness) => [witness.name, witness.contact, witness.note]),
  ].join('\n');
}
