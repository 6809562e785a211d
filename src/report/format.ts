import '../i18n/laterMessages';
import { wallTimeAsUtc } from '../domain/evidenceNotes';
import type { Incident, Instant } from '../domain/types';
import type { Language } from '../i18n/define';
import { translate } from '../i18n/translate';
import { formatInstantInZone, formatZonedTime } from '../i18n/dates';
import { localTimeText } from '../domain/localTime';

// Small formatting rules shared by the sections: times, sizes, fingerprints.

/**
 * "tor. 15. jan. 2026 13:00", in the incident's own zone, with its offset where the reader could take it for another
 * instant (see formatZonedTime); the end carries its date when it falls on another day.
 */
export function incidentTime(incident: Incident, language: Language, readerZone: string): string {
  const { occurredAt, endedAt, timeZone } = incident;
  let text = formatZonedTime(occurredAt, timeZone, readerZone, language, 'shortDateTime');
  if (endedAt !== undefined) {
    const sameDay = localTimeText(endedAt, timeZone).slice(0, 10) === localTimeText(occurredAt, timeZone).slice(0, 10);
    const end = formatZonedTime(endedAt, timeZone, readerZone, language, sameDay ? 'time' : 'shortDateTime');
    text += ` ${translate(language, 'report.log.until', { time: end })}`;
  }
  return incident.approximate ? `${translate(language, 'report.log.approx')} ${text}` : text;
}

export function readerTime(instant: Instant, language: Language, readerZone: string): string {
  return formatInstantInZone(instant, language, 'shortDateTime', readerZone);
}

/** An EXIF time that came without an offset, printed with the digits the camera wrote and "UTC offset unknown". */
export function wallTimeOffsetUnknown(localTime: string, language: Language): string {
  return `${formatInstantInZone(wallTimeAsUtc(localTime), language, 'shortDateTime', 'UTC')}, ${translate(language, 'evidence.offsetUnknown')}`;
}

/** "2.4 MB (2,412,345 bytes)": the exact byte count is what a checker compares. */
export function fileSize(bytes: number, language: Language): string {
  const numbers = new Intl.NumberFormat(language === 'da' ? 'da-DK' : 'en-GB', { maximumFractionDigits: 1 });
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const exact = `${new Intl.NumberFormat(language === 'da' ? 'da-DK' : 'en-GB').format(bytes)} bytes`;
  return unit === 0 ? exact : `${numbers.format(value)} ${units[unit]} (${exact})`;
}

/** The first 16 hex digits in groups of four, as printed in every footer. */
export function shortFingerprint(fingerprint: string): string {
  return fingerprint.slice(0, 16).replace(/(.{4})(?=.)/g, '$1 ');
}

