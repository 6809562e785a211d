import { readFile } from 'node:fs/promises';
import { sha256 } from '@noble/hashes/sha2.js';
import { describe, expect, it } from 'vitest';
import { checkBackup } from '../../src/backup/readBackup';
import { getAttachmentFile, verifyLog } from '../../src/db';
import { db } from '../../src/db/database';
import { restoreBackup } from '../../src/db/restore';
import { toHex } from '../../src/crypto/sha256';
import { freshDatabase } from '../helpers/db';
import { bytesOf, openOptions } from './backupSample';

// Backups written by every released format stay restorable: each format version's file is kept here as it was written
// (format 1: two incidents, one edited with a video, one in the trash, a person, the case; text in three scripts).
// Never regenerate a fixture: a new format version adds a new file beside the old ones.

describe('backup files of every released format', () => {
  it('format 1 restores whole into an empty log, and the log verifies', async () => {
    const file = new Blob([await readFile('tests/backup/fixtures/format-1.spor')]);
    freshDatabase();
    const checked = await checkBackup(file, openOptions);
    expect(checked.manifest).toMatchObject({ formatVersion: 1, counts: { incidents: 2, attachments: 1, people: 1, caseDetails: 1, revisions: 7, files: 1 } });
    await restoreBackup(checked);
    const incidents = await db.incidents.toArray();
    expect(incidents.map((incident) => incident.description).sort()).toEqual([
      'Besked: "Jeg ved hvor du bor."', 'Han stod ved døren kl. 22:15. Он стоял у двери. كان واقفاً',
    ]);
    expect(incidents.find((incident) => incident.kind === 'message')!.trashed).toBe(1);
    const [attachment] = await db.attachments.toArray();
    const bytes = new Uint8Array(await (await getAttachmentFile(attachment!.id)).arrayBuffer());
    expect(toHex(sha256(bytes))).toBe(toHex(sha256(bytesOf(300_000, 42))));
    expect(attachment!.sha256).toBe(toHex(sha256(bytes)));
    expect((await db.people.toArray())[0]).toMatchObject({ name: 'N.N.', vehicle: 'Grå Toyota' });
    expect(await db.caseDetails.get('case')).toMatchObject({ ownName: 'Åse', clearNoDate: '2026-10-01' });
    expect((await verifyLog()).ok).toBe(true);
  });
});
