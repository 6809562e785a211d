// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addIncident, listRevisions, updateIncident } from '../../src/db';
import { setLanguage } from '../../src/i18n/setLanguage';
import '../../src/i18n/laterMessages';
import { RevisionHistory } from '../../src/screens/IncidentDetail/RevisionHistory';
import { freshDatabase, incidentInput } from '../helpers/db';

describe('the history of an incident', () => {
  beforeEach(() => freshDatabase());
  afterEach(cleanup);

  it('shows every edited field with its old and its new value, in words', async () => {
    setLanguage('en');
    const input = incidentInput({ description: 'He called twice.', keyExample: false });
    const incident = await addIncident(input, Date.UTC(2026, 5, 1, 12));
    await updateIncident(incident.id, { ...input, description: 'He called three times.', keyExample: true, privateFields: ['effect'] }, Date.UTC(2026, 5, 2, 12));
    render(<RevisionHistory revisions={await listRevisions(incident.id)} timeZone={incident.timeZone} />);
    const changes = screen.getAllByRole('listitem').map((item) => item.textContent ?? '');
    expect(changes).toContain('what happened: was “He called twice.”, now “He called three times.”');
    expect(changes).toContain('key example: was no, now yes');
    expect(changes).toContain('private fields: was (empty), now effect on me');
  });

  it('says it in Danish too', async () => {
    setLanguage('da');
    const input = incidentInput({ description: 'Han ringede.' });
    const incident = await addIncident(input, Date.UTC(2026, 5, 1, 12));
    await updateIncident(incident.id, { ...input, description: '' }, Date.UTC(2026, 5, 2, 12));
    render(<RevisionHistory revisions={await listRevisions(incident.id)} timeZone={incident.timeZone} />);
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toContain('hvad skete der: var “Han ringede.”, nu (tom)');
  });

  it('shows a changed time as the other screens do: in the incident zone, the repeated hour with its offset', async () => {
    setLanguage('en');
    const input = incidentInput({ occurredAt: Date.UTC(2026, 9, 25, 0, 15), timeZone: 'Europe/Copenhagen' });
    const incident = await addIncident(input, Date.UTC(2026, 10, 1, 12));
    await updateIncident(incident.id, { ...input, occurredAt: Date.UTC(2026, 9, 25, 1, 15) }, Date.UTC(2026, 10, 2, 12));
    render(<RevisionHistory revisions={await listRevisions(incident.id)} timeZone={incident.timeZone} />);
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toContain(
      'time: was Sunday 25 October 2026, 02:15 (summer time, UTC+02:00), now Sunday 25 October 2026, 02:15 (winter time, UTC+01:00)',
    );
  });
});
