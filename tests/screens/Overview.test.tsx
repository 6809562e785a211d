// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/preact';
import Overview from '../../src/screens/Overview';
import { addIncident, saveCaseDetails } from '../../src/db';
import { language } from '../../src/i18n';
import { freshDatabase, incidentInput } from '../helpers/db';

const now = Date.UTC(2026, 10, 28, 12);
const day = 86_400_000;

function section(name: string): HTMLElement {
  return screen.getByRole('heading', { name }).closest('section')!;
}

describe('the overview screen', () => {
  beforeEach(() => {
    freshDatabase();
    language.value = 'en';
  });
  afterEach(cleanup);

  it('invites the first entry when nothing is logged', async () => {
    render(<Overview />);
    expect(await screen.findByText(/Nothing is logged yet/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'New incident' }).getAttribute('href')).toBe('#/new');
  });

  it('counts incidents per kind and shows how many came after the restraining order', async () => {
    const times = [40, 30, 20, 12, 5, 2].map((daysAgo) => now - daysAgo * day);
    const kinds = ['call', 'call', 'message', 'call', 'following', 'message'] as const;
    for (const [index, occurredAt] of times.entries()) {
      await addIncident(incidentInput({
        kind: kinds[index], occurredAt, description: `Incident ${index}`,
        keyExample: index === 4,
        police: index === 3 ? { journalNumber: '0100-12345-00001-26', officer: 'Hansen', phone: '' } : { journalNumber: '', officer: '', phone: '' },
      }), now);
    }
    await saveCaseDetails({
      ownName: '', clearNoDate: '2026-10-01', clearNoNote: '',
      restrainingOrders: [{ issuedOn: '2026-11-10', expiresOn: '2031-11-10', journalNumber: '0100-99999-00002-26', note: '' }],
    }, now);

    render(<Overview />);
    expect((await screen.findByTestId('overview-total')).textContent).toBe('6');
    const kindsList = within(screen.getByTestId('kind-counts')).getAllByRole('listitem').map((item) => item.textContent);
    expect(kindsList).toEqual(['Call3', 'SMS or message2', 'Following1']);

    const milestones = within(section('Clear no and restraining orders'));
    const order = milestones.getByText(/Restraining order: Tuesday 10 November 2026/).closest('li')!;
    expect(order.textContent).toContain('Incidents since: 3');
    expect(order.textContent).toContain('0100-99999-00002-26');
    const clearNo = milestones.getByText(/Clearly said no: Thursday 1 October 2026/).closest('li')!;
    expect(clearNo.textContent).toContain('Incidents since: 6');

    expect(within(section('Police contacts')).getByText('Journal number: 0100-12345-00001-26')).toBeTruthy();
    const example = within(section('Key examples')).getByRole('link');
    expect(example.textContent).toContain('Following');
    expect(screen.getByRole('link', { name: 'Create report for the police' }).getAttribute('href')).toBe('#/export');
  });

  it('draws the weekly chart with the same numbers in a table, and marks the restraining order on it', async () => {
    await addIncident(incidentInput({ kind: 'call', occurredAt: Date.UTC(2026, 10, 2, 10) }), now);
    await addIncident(incidentInput({ kind: 'call', occurredAt: Date.UTC(2026, 10, 3, 10) }), now);
    await addIncident(incidentInput({ kind: 'threat', occurredAt: Date.UTC(2026, 10, 18, 10) }), now);
    await saveCaseDetails({ ownName: '', clearNoDate: '', clearNoNote: '', restrainingOrders: [{ issuedOn: '2026-11-10', expiresOn: '', journalNumber: '', note: '' }] }, now);
    render(<Overview />);
    const chart = await screen.findByRole('img', { name: /Incidents per week/ });
    expect(chart.querySelectorAll('rect')).toHaveLength(3);
    expect(chart.querySelectorAll('.chart-marker')).toHaveLength(1);
    expect(chart.querySelector('desc')?.textContent).toContain('the most in one week: 2');
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1).map((row) => row.textContent);
    expect(rows).toEqual(['Mon 2 Nov 20262', 'Mon 9 Nov 20260', 'Mon 16 Nov 20261']);
  });
});
