// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addIncident, getIncident, listRevisions, updateIncident } from '../../src/db';
import { setLanguage } from '../../src/i18n/setLanguage';
import IncidentEditor from '../../src/screens/IncidentEditor';
import { combine, differences } from '../../src/screens/IncidentEditor/conflict';
import { blankForm } from '../../src/screens/IncidentEditor/form';
import { freshDatabase, incidentInput } from '../helpers/db';

describe('two versions of one incident', () => {
  const base = { ...blankForm(Date.UTC(2026, 0, 1)), description: 'base', effect: 'base effect' };

  it('suggests, per field, the side that changed it, and combines the choices', () => {
    const mine = { ...base, description: 'mine', effect: 'my effect' };
    const theirs = { ...base, place: { text: 'their place' }, effect: 'their effect' };
    expect(differences(base, mine, theirs)).toEqual([
      { field: 'place', suggested: 'theirs' },
      { field: 'description', suggested: 'mine' },
      { field: 'effect', suggested: 'mine' },
    ]);
    const merged = combine(mine, theirs, { place: 'theirs', description: 'mine', effect: 'both' });
    expect([merged.place.text, merged.description, merged.effect]).toEqual(['their place', 'mine', 'my effect\n\ntheir effect']);
  });
});

describe('the editor when another tab saved the same incident first', () => {
  beforeEach(() => {
    freshDatabase();
    setLanguage('en');
  });
  afterEach(cleanup);

  it('refuses to overwrite, shows both versions field by field, and saves the chosen mix: nothing is lost', async () => {
    const incident = await addIncident(incidentInput({ description: 'He called at night.', place: { text: '' } }), Date.now() - 60_000);
    history.replaceState(null, '', `#/incident/${incident.id}/edit`);
    render(<IncidentEditor id={incident.id} />);
    const save = await screen.findByRole('button', { name: 'Save' });
    fireEvent.input(screen.getByLabelText('What happened'), { target: { value: 'He called at night, four times.' } });
    // The other tab saves first: a place.
    await updateIncident(incident.id, incidentInput({ description: 'He called at night.', place: { text: 'At home' } }), Date.now(), 1);

    fireEvent.click(save);
    const conflict = await screen.findByTestId('conflict');
    expect((await getIncident(incident.id))?.place.text).toBe('At home'); // nothing overwritten
    const place = within(conflict).getByRole('group', { name: 'Where' });
    expect(within(place).getByText('At home')).toBeTruthy();
    expect(within(place).getByRole('radio', { name: 'Saved in the other tab' })).toHaveProperty('checked', true);
    const description = within(conflict).getByRole('group', { name: 'What happened' });
    expect(within(description).getByText('He called at night, four times.')).toBeTruthy();
    expect(within(description).getByRole('radio', { name: 'Yours (this screen)' })).toHaveProperty('checked', true);

    fireEvent.click(within(conflict).getByRole('button', { name: 'Save my choices' }));
    await waitFor(() => expect(location.hash).toBe(`#/incident/${incident.id}`), { timeout: 5000 });
    expect(await getIncident(incident.id)).toMatchObject({ description: 'He called at night, four times.', place: { text: 'At home' }, version: 3 });
    expect((await listRevisions(incident.id)).map((revision) => revision.action)).toEqual(['create', 'edit', 'edit']);
  });
});
