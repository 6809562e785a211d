// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import '../../src/i18n/laterMessages';
import { CaseDifferences } from '../../src/screens/Backup/CaseDifferences';
import { setLanguage } from '../../src/i18n/setLanguage';

describe('the restore summary for a differing case record', () => {
  afterEach(cleanup);

  it('names each differing field with the value kept here and the one in the backup, in both languages', () => {
    const differences = [
      { field: 'ownName', here: 'Anna Berg', backup: 'Anna' },
      { field: 'clearNoNote', here: '', backup: 'SMS' },
      { field: 'restrainingOrders', here: [], backup: [{ issuedOn: '2026-01-05', expiresOn: '2031-01-05', journalNumber: '0100-12345-2026', note: '' }] },
      { field: 'updatedAt', here: Date.UTC(2026, 0, 20, 12), backup: Date.UTC(2026, 0, 10, 12) },
    ];
    setLanguage('en');
    const { unmount } = render(<CaseDifferences differences={differences} />);
    const text = screen.getByTestId('restore-case-differences').textContent!;
    expect(text).toContain('The ones here were kept');
    expect(text).toContain('Here (kept): Anna Berg');
    expect(text).toContain('In the backup: Anna');
    expect(text).toContain('Here (kept): (empty)');
    expect(text).toContain('In the backup: 0100-12345-2026, 2026-01-05–2031-01-05');
    expect(text).toMatch(/Last changed.*Here \(kept\): .*20.*2026/);
    unmount();
    setLanguage('da');
    render(<CaseDifferences differences={differences} />);
    expect(screen.getByTestId('restore-case-differences').textContent).toContain('I sikkerhedskopien: Anna');
    setLanguage('en');
  });
});
