import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import '../../src/i18n/laterMessages';
import { markUnlocked } from '../../src/app/lock';
import { ensureInboxKey } from '../../src/capture/inbox';
import { deleteInbox, listShareIds, getShare } from '../../src/capture/inboxDb';
import { newDataKey } from '../../src/crypto/dataKey';
import { countSealedAlarms, fileSealedAlarms, keepAlarmSealed } from '../../src/db/alarmInbox';
import { hasAlarmAccess, loadAlarmAccess } from '../../src/db/alarmAccess';
import { setAlarmSignal, setAlarmWithoutPasscode } from '../../src/db/alarmSettings';
import { getCaseDetails, saveCaseDetails } from '../../src/db/caseFile';
import { getIncident } from '../../src/db/incidentQueries';
import { saveIncident, updateIncident } from '../../src/db/incidents';
import { loadDeviceKey } from '../../src/db/lockKeys';
import { currentCipher, useStoreCipher } from '../../src/db/sealing';
import type { PendingAlarm } from '../../src/domain/alarm/pendingAlarm';
import { freshDatabase, incidentInput } from '../helpers/db';

const trustedPeople = [
  { name: 'Søs Ærøe', phone: '20 30 40 50', getsAlarmText: true },
  { name: 'Bo Lindqvist', phone: '+46 70 123 45 67', getsAlarmText: true },
  { name: 'Ida Holm', phone: '22 33 44 55', getsAlarmText: false },
];

async function saveCase(people = trustedPeople): Promise<void> {
  const { version, updatedAt: _updatedAt, ...details } = await getCaseDetails();
  await saveCaseDetails({ ...details, trustedPeople: people }, Date.now(), version);
}

describe('the alarm without passcode', () => {
  let database: ReturnType<typeof freshDatabase>;
  beforeEach(() => {
    database = freshDatabase();
  });

  it('is off until chosen; on, it keeps the recipients sealed by the device key, readable while the log is locked', async () => {
    await saveCase();
    expect(await hasAlarmAccess()).toBe(false);
    await setAlarmWithoutPasscode(true);
    expect(await hasAlarmAccess()).toBe(true);
    expect((await loadDeviceKey())?.extractable).toBe(false);

    await database.open();
    const raw = await new Promise((done) => {
      const request = database.backendDB().transaction('settings').objectStore('settings').get('alarmAccess');
      request.onsuccess = () => done(request.result);
    });
    const stored = new TextDecoder('latin1').decode((raw as { value: { sealed: ArrayBuffer } }).value.sealed);
    expect(stored).not.toContain('4520304050');
    expect(stored).not.toContain('Bo');

    const cipher = currentCipher();
    useStoreCipher(undefined); // locked: the data key is gone
    try {
      expect(await loadAlarmAccess()).toEqual({
        recipients: [{ name: 'Søs', phone: '+4520304050' }, { name: 'Bo', phone: '+46701234567' }],
        signal: 'onTap',
      });
    } finally {
      useStoreCipher(cipher);
    }
  });

  it('is rewritten when the trusted people or the signal change, and deleted when turned off', async () => {
    await saveCase();
    await setAlarmWithoutPasscode(true);
    await saveCase([{ name: 'Eva Holm', phone: '40 40 40 40', getsAlarmText: true }]);
    await setAlarmSignal('silent');
    expect(await loadAlarmAccess()).toEqual({ recipients: [{ name: 'Eva', phone: '+4540404040' }], signal: 'silent' });
    await setAlarmWithoutPasscode(false);
    expect(await hasAlarmAccess()).toBe(false);
    expect(await loadAlarmAccess()).toBeUndefined();
    // Off, a change of people keeps nothing.
    await saveCase();
    expect(await hasAlarmAccess()).toBe(false);
  });
});

describe('an alarm made while locked', () => {
  const pending = (id: string): PendingAlarm => ({
    id, language: 'da',
    record: {
      startedAt: Date.UTC(2026, 10, 28, 20, 45), timeZone: 'Europe/Copenhagen', text: 'Jeg har brug for hjælp nu. KANARIE',
      position: { status: 'found', latitude: 55.6759412, longitude: 12.5655339, accuracyMeters: 12, at: Date.UTC(2026, 10, 28, 20, 45), lastKnown: false },
      alerted: [{ name: 'Søs', phone: '+4520304050' }, { name: 'Eva', phone: '+4540404040' }],
    },
  });
  beforeEach(async () => {
    freshDatabase();
    markUnlocked(await newDataKey());
    await ensureInboxKey();
    await saveCase();
  });
  afterEach(async () => {
    await deleteInbox();
  });

  it('is sealed in the inbox (nothing readable) and becomes its alarm incident at the next unlock, named as in the case file', async () => {
    await keepAlarmSealed(pending('alarm-1'));
    expect(await listShareIds()).toEqual(['alarm:alarm-1']);
    const row = await getShare('alarm:alarm-1');
    const stored = row!.parts.map((part) => new TextDecoder('latin1').decode(part)).join('');
    expect(stored).not.toContain('KANARIE');
    expect(stored).not.toContain('4520304050');

    expect(await fileSealedAlarms()).toBe(1);
    expect(await countSealedAlarms()).toBe(0);
    const incident = (await getIncident('alarm-1'))!;
    expect(incident.kind).toBe('alarm');
    expect(incident.occurredAt).toBe(Date.UTC(2026, 10, 28, 20, 45));
    expect(incident.place).toMatchObject({ latitude: 55.6759412, longitude: 12.5655339, accuracyMeters: 12 });
    expect(incident.description).toContain('Søs Ærøe (20 30 40 50), Eva (+4540404040)');
    expect(incident.description).toContain('Jeg har brug for hjælp nu. KANARIE');
    expect(incident.privateFields).toEqual(['description']);
  });

  it('fills in the incident its recording created first, and filing again after a cut-short unlock adds nothing', async () => {
    // The recorder creates the incident (kind and start only), and it grew once more before the unlock.
    await saveIncident({ id: 'alarm-2', baseVersion: 0, input: incidentInput({ kind: 'alarm' }) });
    await updateIncident('alarm-2', incidentInput({ kind: 'alarm', description: 'x' }));
    await keepAlarmSealed(pending('alarm-2'));
    await keepAlarmSealed(pending('alarm-3'));
    expect(await fileSealedAlarms()).toBe(2);
    const filled = (await getIncident('alarm-2'))!;
    expect(filled.description).toContain('KANARIE');
    await keepAlarmSealed(pending('alarm-3')); // as if the inbox row outlived a filing
    expect(await fileSealedAlarms()).toBe(1);
    expect((await getIncident('alarm-3'))!.version).toBe(1);
  });

  it('stays in the inbox when it cannot be opened (another data key), and is not lost', async () => {
    await keepAlarmSealed(pending('alarm-4'));
    markUnlocked(await newDataKey());
    await expect(fileSealedAlarms()).rejects.toThrow();
    expect(await countSealedAlarms()).toBe(1);
  });
});
