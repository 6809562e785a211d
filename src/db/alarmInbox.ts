import { unlockedDataKey } from '../app/lock';
import { deleteShare, getShare, listShareIds, putShare, readInboxKey } from '../capture/inboxDb';
import { openInboxPrivateKey, openShare, sealShare } from '../crypto/inboxSeal';
import { alarmIncident } from '../domain/alarm/alarmIncident';
import { namedAsInCaseFile } from '../domain/alarm/alarmAccess';
import { readPendingAlarm, type PendingAlarm } from '../domain/alarm/pendingAlarm';
import { getCaseDetails } from './caseFile';
import { ConflictError } from './saveErrors';
import { saveIncident } from './incidents';

// An alarm made while the log is locked cannot be written to the sealed store: it is sealed to the share inbox's
// public key (as the service worker does with shared files), which anyone may seal to and only the data key opens,
// and becomes its `alarm` incident at the next unlock. The inbox row's id names only that it is an alarm.
const alarmPrefix = 'alarm:';

/** Thrown when there is no inbox key yet (Spor was never opened since it was installed): nothing can be kept. */
export class NoInboxKeyError extends Error {
  override name = 'NoInboxKeyError';
}

export async function keepAlarmSealed(pending: PendingAlarm): Promise<void> {
  const key = await readInboxKey();
  if (!key) throw new NoInboxKeyError('The alarm cannot be kept: the inbox has no key yet');
  const id = alarmPrefix + pending.id;
  const sealed = await sealShare(new Uint8Array(key.publicKey), id, [new TextEncoder().encode(JSON.stringify(pending))]);
  await putShare({ id, ephemeralPublicKey: sealed.ephemeralPublicKey.buffer, parts: sealed.parts.map((part) => part.buffer) });
}

/** Whether any alarm waits in the inbox (no decryption: for tests and the practice check). */
export async function countSealedAlarms(): Promise<number> {
  return (await listShareIds()).filter((id) => id.startsWith(alarmPrefix)).length;
}

/** Writes the alarm's incident: created, or filled in when its recording created it first (kind and start only). */
async function saveAlarmIncident(pending: PendingAlarm): Promise<void> {
  const trustedPeople = (await getCaseDetails()).trustedPeople ?? [];
  const record = { ...pending.record, alerted: namedAsInCaseFile(pending.record.alerted, trustedPeople) };
  const input = alarmIncident(record, pending.language);
  try {
    await saveIncident({ id: pending.id, baseVersion: 0, input });
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
    // Written before (an unlock cut short before the inbox row was deleted) or grown by its recording: same input.
    await saveIncident({ id: pending.id, baseVersion: (error.current as { version: number }).version, input });
  }
}

/**
 * After unlock: every alarm sealed while locked becomes its incident, then leaves the inbox. One that cannot be
 * opened or read stays there (never lost by a bug); returns how many were filed.
 */
export async function fileSealedAlarms(): Promise<number> {
  const ids = (await listShareIds()).filter((id) => id.startsWith(alarmPrefix));
  const dataKey = unlockedDataKey();
  const key = ids.length ? await readInboxKey() : undefined;
  if (!ids.length || !dataKey || !key) return 0;
  const privateKey = await openInboxPrivateKey(dataKey, new Uint8Array(key.sealedPrivateKey));
  let filed = 0;
  for (const id of ids) {
    const row = await getShare(id);
    if (!row) continue;
    const opened = await openShare(privateKey, new Uint8Array(key.publicKey), id, {
      ephemeralPublicKey: new Uint8Array(row.ephemeralPublicKey), parts: row.parts.map((part) => new Uint8Array(part)),
    }).catch(() => undefined); // sealed to an older inbox key, or changed: left where it is
    const pending = opened?.length === 1 ? readPendingAlarm(JSON.parse(new TextDecoder().decode(opened[0]))) : undefined;
    if (!pending || alarmPrefix + pending.id !== id) continue;
    await saveAlarmIncident(pending);
    await deleteShare(id);
    filed++;
  }
  return filed;
}
