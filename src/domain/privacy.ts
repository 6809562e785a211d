import type { Incident } from './types';

/** The police copy: every field the user marked private is emptied, so it cannot leak into any part of the report. */
export function redactForPolice(incident: Incident): Incident {
  const copy: Incident = { ...incident, place: { ...incident.place }, police: { ...incident.police }, witnesses: [...incident.witnesses] };
  for (const field of incident.privateFields) {
    switch (field) {
      case 'place': copy.place = { text: '' }; break;
      case 'description': copy.description = ''; break;
      case 'peopleInvolved': copy.peopleInvolved = ''; break;
      case 'effect': copy.effect = ''; break;
      case 'witnesses': copy.witnesses = []; break;
      case 'police': copy.police = { journalNumber: '', officer: '', phone: '' }; break;
    }
  }
  return copy;
}

export function hasPrivateFields(incident: Incident): boolean {
  return incident.privateFields.length > 0;
}
