import { describe, expect, it } from 'vitest';
import { backupReminder, reminderDays } from '../../src/domain/backupReminder';
import { passphraseMinimum, passphraseStrength } from '../../src/domain/passphraseStrength';

const now = Date.UTC(2026, 10, 28, 12);
const day = 86_400_000;

describe('backup reminder', () => {
  it('says nothing without new entries, whatever else holds', () => {
    expect(backupReminder({ newerEntries: 0, persisted: false, now })).toBeUndefined();
    expect(backupReminder({ newerEntries: 0, lastBackupAt: now - 100 * day, persisted: true, now })).toBeUndefined();
  });

  it('reminds always while storage may be cleared, and when there never was a backup', () => {
    expect(backupReminder({ newerEntries: 1, lastBackupAt: now - day, persisted: false, now })).toBe('notPersistent');
    expect(backupReminder({ newerEntries: 1, persisted: true, now })).toBe('never');
  });

  it('after new entries, only once some days have passed since the last backup', () => {
    expect(backupReminder({ newerEntries: 3, lastBackupAt: now - (reminderDays - 1) * day, persisted: true, now })).toBeUndefined();
    expect(backupReminder({ newerEntries: 3, lastBackupAt: now - reminderDays * day, persisted: undefined, now })).toBe('due');
  });
});

describe('passphrase strength hint', () => {
  it('grows with length and variety, and repeats count little', () => {
    expect(passphraseStrength('a'.repeat(passphraseMinimum + 10))).toBe('weak');
    expect(passphraseStrength('hest1234')).toBe('weak');
    expect(passphraseStrength('blå hest spiser')).toBe('fair');
    expect(passphraseStrength('blå hest spiser 7 gule æbler')).toBe('strong');
  });
});
