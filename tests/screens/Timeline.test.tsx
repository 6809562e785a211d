// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addIncident } from '../../src/db';
import { setLanguage } from '../../src/i18n/setLanguage';
import Timeline from '../../src/screens/Timeline';
import { noFilter, timelineFilter } from '../../src/screens/Timeline/filter';
import { freshDatabase, incidentInput } from '../helpers/db';

const now = Date.UTC(2026, 5, 1, 12);

function monthHeadings(): string[] {
  return screen.getAllByRole('heading', { level: 2 }).filter((heading) => heading.classList.contains('month-heading')).map((heading) => heading.textContent ?? '');
}

function rowKinds(): string[] {
  return screen.queryAllByRole('link').filter((link) => link.classList.contains('incident-row'))
    .map((link) => link.querySelector('.incident-kind')?.textContent ?? '');
}

describe('the timeline', () => {
  beforeEach(() => {
    freshDatabase();
    setLanguage('en');
    timelineFilter.value = noFilter;
  });
  afterEach(cleanup);

  it('lists newest first under a heading per month, a backdated entry at its true place', async () => {
    await addIncident(incidentInput({ kind: 'call', occurredAt: Date.UTC(2026, 0, 10, 9), place: { text: 'Home' } }), now);
    await addIncident(incidentInput({ kind: 'following', occurredAt: Date.UTC(2026, 2, 3, 17, 30) }), now);
    await addIncident(incidentInput({ kind: 'letter', occurredAt: Date.UTC(2026, 2, 20, 8) }), now);
    // Written last, but it happened in February.
    await addIncident(incidentInput({ kind: 'threat', occurredAt: Date.UTC(2026, 1, 14, 21), description: 'He said "you will regret this"' }), now + 1);
    render(<Timeline />);
    await waitFor(() => expect(rowKinds()).toEqual(['Letter', 'Following', 'Threat of violence', 'Call']));
    expect(monthHeadings()).toEqual(['March 2026', 'February 2026', 'January 2026']);
    const february = screen.getByRole('region', { name: 'February 2026' });
    expect(within(february).getByText('He said "you will regret this"')).toBeTruthy();
    // Absolute, with weekday, 24-hour, in the device's zone (Copenhagen, UTC+1 in February).
    expect(within(february).getByText(/Sat 14 Feb 2026 22:00/)).toBeTruthy();
    expect(screen.getByText('Home')).toBeTruthy();
  });

  it('filters by kind and searches in the text', async () => {
    await addIncident(incidentInput({ kind: 'call', occurredAt: Date.UTC(2026, 3, 1), description: 'Nine missed calls at night' }), now);
    await addIncident(incidentInput({ kind: 'violence', occurredAt: Date.UTC(2026, 3, 2), description: 'Pushed me at the bus stop' }), now);
    await addIncident(incidentInput({ kind: 'message', occurredAt: Date.UTC(2026, 3, 3), witnesses: [{ name: 'Jonas', contact: '', note: 'Read the messages' }] }), now);
    render(<Timeline />);
    await waitFor(() => expect(rowKinds()).toEqual(['SMS or message', 'Violence', 'Call']));

    fireEvent.click(screen.getByRole('checkbox', { name: 'Violence' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Call' }));
    await waitFor(() => expect(rowKinds()).toEqual(['Violence', 'Call']));

    fireEvent.input(screen.getByRole('searchbox', { name: 'Search the log' }), { target: { value: 'bus STOP' } });
    await waitFor(() => expect(rowKinds()).toEqual(['Violence']));

    fireEvent.click(screen.getByRole('button', { name: 'Clear filter and search' }));
    await waitFor(() => expect(rowKinds()).toHaveLength(3));
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search the log' }), { target: { value: 'jonas' } });
    await waitFor(() => expect(rowKinds()).toEqual(['SMS or message']));
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search the log' }), { target: { value: 'nothing like this' } });
    expect(await screen.findByText('No incidents match the filter or search.', { selector: 'p.muted' })).toBeTruthy();
  });

  it('filters by a date range of whole local days', async () => {
    await addIncident(incidentInput({ kind: 'call', occurredAt: new Date(2026, 3, 1, 23, 30).getTime() }), now);
    await addIncident(incidentInput({ kind: 'email', occurredAt: new Date(2026, 3, 2, 0, 10).getTime() }), now);
    await addIncident(incidentInput({ kind: 'letter', occurredAt: new Date(2026, 3, 3, 23, 59).getTime() }), now);
    render(<Timeline />);
    await waitFor(() => expect(rowKinds()).toHaveLength(3));
    fireEvent.input(screen.getByLabelText('From date'), { target: { value: '2026-04-02' } });
    fireEvent.input(screen.getByLabelText('To date'), { target: { value: '2026-04-03' } });
    await waitFor(() => expect(rowKinds()).toEqual(['Letter', 'E-mail']));
  });

  it('shows the first hundred and more on request', async () => {
    for (let day = 0; day < 105; day += 1) {
      await addIncident(incidentInput({ kind: 'call', occurredAt: Date.UTC(2026, 0, 1) + day * 3_600_000 }), now);
    }
    render(<Timeline />);
    await waitFor(() => expect(rowKinds()).toHaveLength(100));
    fireEvent.click(screen.getByRole('button', { name: 'Show more' }));
    await waitFor(() => expect(rowKinds()).toHaveLength(105));
    expect(screen.queryByRole('button', { name: 'Show more' })).toBeNull();
  });

  it('greets an empty log with the way to the first entry', async () => {
    render(<Timeline />);
    expect(await screen.findByText('Nothing logged yet')).toBeTruthy();
    expect(screen.getByText(/tap “New incident” at the bottom/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Trash' })).toBeTruthy();
  });
});
