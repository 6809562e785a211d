import { languages, type Language } from '../../i18n/define';
import type { AlarmRecord } from './alarmIncident';
import type { AlarmPosition } from './position';

/**
 * An alarm made while the log was locked: everything its log entry needs, kept sealed to the inbox's public key
 * until the next unlock turns it into the `alarm` incident `id` (the id its recording is attached to).
 */
export interface PendingAlarm {
  id: string;
  language: Language;
  record: AlarmRecord;
}

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

function isPosition(value: unknown): value is AlarmPosition {
  const position = (value ?? {}) as Record<string, unknown>;
  if (position.status === 'refused' || position.status === 'unavailable') return true;
  return position.status === 'found' && isNumber(position.latitude) && isNumber(position.longitude)
    && isNumber(position.accuracyMeters) && isNumber(position.at) && typeof position.lastKnown === 'boolean';
}

function isAlerted(value: unknown): value is AlarmRecord['alerted'] {
  return Array.isArray(value) && value.every((person: unknown) => {
    const { name, phone } = (person ?? {}) as Record<string, unknown>;
    return typeof name === 'string' && typeof phone === 'string';
  });
}

/** A pending alarm read back from the inbox: undefined unless every field has its expected type. */
export function readPendingAlarm(value: unknown): PendingAlarm | undefined {
  const { id, language, record } = (value ?? {}) as Record<string, unknown>;
  const { startedAt, timeZone, position, text, alerted } = (record ?? {}) as Record<string, unknown>;
  const valid = typeof id === 'string' && languages.includes(language as Language) && isNumber(startedAt)
    && typeof timeZone === 'string' && typeof text === 'string' && isPosition(position) && isAlerted(alerted);
  return valid ? (value as PendingAlarm) : undefined;
}
