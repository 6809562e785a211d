// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import { WelcomeCard } from '../../src/ui/WelcomeCard';
import { welcomeDismissed } from '../../src/ui/welcomeDismissed';
import { lockIsOn } from '../../src/app/lock';
import { language } from '../../src/i18n';

describe('the first-run card', () => {
  afterEach(() => {
    cleanup();
    lockIsOn.value = false;
    welcomeDismissed.value = false;
  });

  it('offers a passcode (never forces one) while none is set, and a restore', () => {
    language.value = 'en';
    welcomeDismissed.value = false;
    render(<WelcomeCard />);
    expect(screen.getByRole('link', { name: 'Choose a passcode' }).getAttribute('href')).toBe('#/settings');
    expect(screen.getByRole('link', { name: 'Restore from a backup' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Got it' })).toBeTruthy();
  });

  it('does not offer one once the lock is on', () => {
    language.value = 'da';
    lockIsOn.value = true;
    render(<WelcomeCard />);
    expect(screen.queryByRole('link', { name: 'Vælg en adgangskode' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Gendan fra en sikkerhedskopi' })).toBeTruthy();
  });
});
