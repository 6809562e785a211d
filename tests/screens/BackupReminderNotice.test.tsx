// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BackupReminderNotice } from '../../src/app/BackupReminderNotice';
import { currentRoute } from '../../src/app/router';
import { setLanguage } from '../../src/i18n/setLanguage';

describe('the backup reminder', () => {
  beforeEach(() => setLanguage('en'));
  afterEach(() => {
    cleanup();
    currentRoute.value = { screen: 'timeline' };
  });

  it('waits while an incident is being logged, and shows again once the editor is left', async () => {
    currentRoute.value = { screen: 'newIncident' };
    render(<BackupReminderNotice reminder="never" />);
    expect(screen.queryByTestId('backup-reminder')).toBeNull();
    currentRoute.value = { screen: 'incident', id: 'saved' };
    expect(await screen.findByTestId('backup-reminder')).toBeTruthy();
    currentRoute.value = { screen: 'editIncident', id: 'saved' };
    await expect.poll(() => screen.queryByTestId('backup-reminder')).toBeNull();
  });
});
