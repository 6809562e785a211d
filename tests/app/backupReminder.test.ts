import { describe, expect, it } from 'vitest';
import { addIncident, recordBackupMade } from '../../src/db';
import { db } from '../../src/db/database';
import { backupNotice } from '../../src/app/backupReminder';
import { backupReminderCheck } from '../../src/app/backupReminderCheck';
import { InterruptedRestoreNotice } from '../../src/app/BackupReminderNotice';
import { freshDatabase, incidentInput } from '../helpers/db';

// The check after start: a cut-off restore is rolled back and named; otherwise a reminder only when one is due.

const day = 86_400_000;
const now = Date.UTC(2026, 10, 28, 12);

describe('the backup check after start', () => {
  it('says nothing on an empty log, reminds once there are entries and no backup, and not right after one', async () => {
    freshDatabase();
    backupNotice.value = undefined;
    await backupReminderCheck(now);
    expect(backupNotice.value).toBeUndefined();
    await addIncident(incidentInput(), now - 2 * day);
    await backupReminderCheck(now);
    expect(backupNotice.value).toBeDefined();
    backupNotice.value = undefined;
    await recordBackupMade(now - day);
    await backupReminderCheck(now);
    expect(backupNotice.value).toBeUndefined();
  });

  it('rolls back a restore left half way and says so', async () => {
    freshDatabase();
    await db.settings.put({ key: 'restoreInProgress', value: { backupId: 'b', fileIds: ['f1'], startedAt: now } });
    await db.fileChunks.put({ fileId: 'f1', index: 0, bytes: new ArrayBuffer(8) });
    await db.files.put({ id: 'f1', type: '', name: '', size: 8, chunkCount: 1 });
    await backupReminderCheck(now);
    expect(backupNotice.value).toBe(InterruptedRestoreNotice);
    expect(await db.files.count()).toBe(0);
    expect(await db.fileChunks.count()).toBe(0);
    expect(await db.settings.get('restoreInProgress')).toBeUndefined();
  });
});
