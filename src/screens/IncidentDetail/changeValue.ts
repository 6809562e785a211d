import type { PoliceContact, Place, Witness } from '../../domain/types';
import { language, t, type MessageKey } from '../../i18n';
import { deviceTimeZone } from '../../domain/zone';
import { formatInstant, formatZonedTime } from '../../i18n/dates';

// A stored value before or after an edit, in words: times as dates, kinds and fields by name, long text shortened.

const longest = 160;

function quoted(text: string): string {
  const trimmed = text.trim();
  if (!trimmed) return t('incident.history.empty');
  return `“${trimmed.length > longest ? `${trimmed.slice(0, longest - 1)}…` : trimmed}”`;
}

/** `timeZone` is the incident's: its start and end are shown as every other screen shows them. */
export function changeValue(field: string, value: unknown, fieldLabel: (field: string) => string, timeZone: string): string {
  if (value === undefined || value === null || value === '') return t('incident.history.empty');
  switch (field) {
    case 'occurredAt':
    case 'endedAt':
      return typeof value === 'number' ? formatZonedTime(value, timeZone, deviceTimeZone(), language.value, 'dateTime') : String(value);
    case 'capturedAt':
      return typeof value === 'number' ? formatInstant(value, language.value, 'dateTime') : String(value);
    case 'kind':
      return t(`kind.${String(value)}` as MessageKey);
    case 'place': {
      const place = value as Place;
      const parts = [place.text?.trim() ? quoted(place.text) : '', place.latitude !== undefined ? t('incident.history.location') : ''].filter(Boolean);
      return parts.length ? parts.join(', ') : t('incident.history.empty');
    }
    case 'witnesses': {
      const names = (value as Witness[]).map((witness) => [witness.name, witness.contact].filter((part) => part?.trim()).join(', ')).filter(Boolean);
      return names.length ? quoted(names.join('; ')) : t('incident.history.empty');
    }
    case 'police': {
      const police = value as PoliceContact;
      return quoted([police.journalNumber, police.officer, police.phone].filter((part) => part?.trim()).join(', '));
    }
    case 'privateFields': {
      const fields = value as string[];
      return fields.length ? fields.map(fieldLabel).join(', ') : t('incident.history.empty');
    }
  }
  if (typeof value === 'boolean') return t(value ? 'incident.history.yes' : 'incident.history.no');
  if (typeof value === 'string') return quoted(value);
  return String(value);
}
