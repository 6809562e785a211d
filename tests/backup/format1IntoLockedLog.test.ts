import { readFile } from 'node:fs/promises';
import { sha256 } from '@noble/hashes/sha2.js';
import { describe, expect, it, vi } from 'vitest';
import { turnOnLock } from '../../src/app/lockActions';
import { checkBackup } from '../../src/backup/readBackup';
import { getAttachmentFile, getCaseDetails, listAttachments, listIncidents, listPeople, listTrash, verifyHistory, verifyLog } from '../../src/db';
import { restoreBackup } from '../../src/db/restore';
import { databaseName } from '../../src/db/schema';
import { toHex } from '../../src/crypto/sha256';
import { closeTheApp, emptyPhone, startTheApp, storedText } from '../helpers/phone';
import { bytesOf, openOptions } from './backupSample';

// The passcode's Argon2id runs in a worker in the app; Node has none, so the same function runs in the test's thread.
vi.mock('../../src/crypto/keyDerivation', () => import('../helpers/keyDerivationInThread'));

// Format 1 is the only backup format released so far (src/backup/backupFormat.ts). formatFixtures.test.ts restores its
// file into a log opened with a data key; here the phone is set up as a user would: first start, the lock turned on in
// Settings, the app closed and opened with the passcode, the backup restored, then closed and opened again.

const passcode = 'Rødgrød med fløde 7';
const descriptions = ['Besked: "Jeg ved hvor du bor."', 'Han stod ved døren kl. 22:15. Он стоял у двери. كان واقفاً'];

describe('the format-1 backup file restored into a log locked with a passcode', () => {
  it('restores whole, sealed with the key the passcode opens: after closing and unlocking again all of it reads back', async () => {
    await emptyPhone();
    await startTheApp();
    await turnOnLock(passcode);
    closeTheApp();
    await startTheApp(passcode);

    await restoreBackup(await checkBackup(new Blob([await readFile('tests/backup/fixtures/format-1.spor')]), openOptions));
    closeTheApp();
    const raw = await storedText(databaseName);
    for (const text of [...descriptions, 'Grå Toyota', 'Åse']) expect(raw).not.toContain(text);
    await startTheApp(passcode);

    const incidents = [...(await listIncidents()), ...(await listTrash())];
    expect(incidents.map((incident) => incident.description).sort()).toEqual(descriptions);
    const withFile = incidents.find((incident) => incident.attachmentIds.length)!;
    const [attachment] = await listAttachments(withFile.id);
    const bytes = new Uint8Array(await (await getAttachmentFile(attachment!.id)).arrayBuffer());
    expect(toHex(sha256(bytes))).toBe(toHex(sha256(bytesOf(300_000, 42))));
    expect((await listPeople()).map((person) => person.vehicle)).toEqual(['Grå Toyota']);
    expect(await getCaseDetails()).toMatchObject({ ownName: 'Åse', clearNoDate: '2026-10-01' });
    expect((await verifyHistory()).count).toBe(7);
    expect((await verifyLog()).ok).toBe(true);
  });
});
