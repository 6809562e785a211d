import { internationalPhoneNumber } from '../phoneNumber';
import type { TrustedPerson } from '../types';
import { isAlarmSignal, type AlarmSignal } from './alarmSignal';

/** Someone the alarm text is prepared for. */
export type AlarmRecipient = Pick<TrustedPerson, 'name' | 'phone'>;

/** The trusted people chosen to get the alarm text, with a number that can get one. */
export function alarmRecipients(trustedPeople: readonly TrustedPerson[]): AlarmRecipient[] {
  return trustedPeople
    .filter((person) => person.getsAlarmText && internationalPhoneNumber(person.phone))
    .map(({ name, phone }) => ({ name, phone }));
}

/**
 * What "alarm without passcode" keeps readable before unlock: no more than the alarm needs. Each recipient's first
 * name (to say on screen who the text is for) and number in international form, and how the alarm shows itself.
 * The language is not kept: the app's language is a plain preference already (localStorage).
 */
export interface AlarmAccess {
  recipients: AlarmRecipient[];
  signal: AlarmSignal;
}

function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? '';
}

export function alarmAccess(trustedPeople: readonly TrustedPerson[], signal: AlarmSignal): AlarmAccess {
  return {
    recipients: alarmRecipients(trustedPeople).map(({ name, phone }) => ({ name: firstName(name), phone: internationalPhoneNumber(phone)! })),
    signal,
  };
}

/** A stored copy read back: undefined unless it has exactly the expected shape. */
export function readAlarmAccess(value: unknown): AlarmAccess | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { recipients, signal } = value as Record<string, unknown>;
  if (!isAlarmSignal(signal) || !Array.isArray(recipients)) return undefined;
  const valid = recipients.every((person: unknown) => {
    const { name, phone } = (person ?? {}) as Record<string, unknown>;
    return typeof name === 'string' && typeof phone === 'string' && internationalPhoneNumber(phone) === phone;
  });
  return valid ? { recipients: recipients.map(({ name, phone }: AlarmRecipient) => ({ name, phone })), signal } : undefined;
}

/**
 * An alarm started while locked names its recipients by first name and international number; once the case file can
 * be read again, each is named as the case file does (the same number), so the log entry matches an alarm made open.
 */
export function namedAsInCaseFile(alerted: readonly AlarmRecipient[], trustedPeople: readonly TrustedPerson[]): AlarmRecipient[] {
  return alerted.map((recipient) => {
    const number = internationalPhoneNumber(recipient.phone);
    const person = trustedPeople.find((candidate) => internationalPhoneNumber(candidate.phone) === number);
    return person ? { name: person.name, phone: person.phone } : recipient;
  });
}
