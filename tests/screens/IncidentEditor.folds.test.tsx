// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addIncident, listDrafts } from '../../src/db';
import { setLanguage } from '../../src/i18n/setLanguage';
import IncidentEditor from '../../src/screens/IncidentEditor';
import { freshDatabase, incidentInput } from '../helpers/db';

// The optional sections fold to one "Add ..." button while they are empty, and nothing entered is ever folded away.

const folds = ['Add place', 'Add people involved', 'Add the effect on me', 'Add witness', 'Add police contact'];
const fieldsInFolds = ['Place', 'People involved', 'Effect on me', 'Name', 'Journal number'];

async function openEditor(id?: string) {
  render(<IncidentEditor id={id} />);
  await screen.findByRole('button', { name: 'Save' });
}

const fold = (name: string) => screen.queryByRole('button', { name, expanded: false });
const field = (label: string) => screen.queryByLabelText(label, { exact: true }) as HTMLInputElement | null;

describe('the editor folds empty optional sections', () => {
  beforeEach(() => {
    freshDatabase();
    setLanguage('en');
    history.replaceState(null, '', '#/new');
  });
  afterEach(cleanup);

  it('shows a new incident as the quick path and one collapsed button per empty optional section', async () => {
    await openEditor();
    for (const label of ['What happened', 'Date and time']) expect(field(label)).not.toBeNull();
    expect(screen.getByRole('button', { name: 'Take photo' })).toBeTruthy();
    for (const name of folds) expect(fold(name)?.getAttribute('aria-expanded')).toBe('false');
    for (const label of fieldsInFolds) expect(field(label)).toBeNull();
  });

  it('opens every section that has content when an incident is edited, and folds only the empty ones', async () => {
    const incident = await addIncident(incidentInput({
      place: { text: 'Nørrebrogade 12' },
      police: { journalNumber: '0100-12345-00001-26', officer: '', phone: '' },
      privateFields: ['effect'], // a ticked box is content too, even with the text empty
    }), Date.now() - 60_000);
    history.replaceState(null, '', `#/incident/${incident.id}/edit`);
    await openEditor(incident.id);
    expect(field('Place')?.value).toBe('Nørrebrogade 12');
    expect(field('Journal number')?.value).toBe('0100-12345-00001-26');
    expect(field('Effect on me')).not.toBeNull();
    for (const name of ['Add place', 'Add police contact', 'Add the effect on me']) expect(fold(name)).toBeNull();
    expect(fold('Add people involved')).not.toBeNull();
    expect(fold('Add witness')).not.toBeNull();
  });

  it('moves the cursor into the first field of the section it opens', async () => {
    await openEditor();
    const opened = [
      ['Add place', 'Place'], ['Add people involved', 'People involved'], ['Add the effect on me', 'Effect on me'],
      ['Add witness', 'Name'], ['Add police contact', 'Journal number'],
    ] as const;
    for (const [name, label] of opened) {
      fireEvent.click(fold(name)!);
      await waitFor(() => expect(document.activeElement).toBe(field(label)));
      expect(fold(name)).toBeNull();
    }
    // "Add witness" opened the section with one witness to write about, not an empty list.
    expect(screen.getAllByRole('group', { name: /^Witness \d$/ })).toHaveLength(1);
  });

  it('never folds a section back once it is open, even when its last field is cleared', async () => {
    await openEditor();
    fireEvent.click(fold('Add place')!);
    fireEvent.input(field('Place')!, { target: { value: 'Hjemme' } });
    fireEvent.input(field('Place')!, { target: { value: '' } });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(field('Place')).not.toBeNull();
    expect(fold('Add place')).toBeNull();
  });

  it('opens the sections that hold content when a draft is restored', async () => {
    await openEditor();
    fireEvent.click(screen.getByRole('radio', { name: 'Following' }));
    fireEvent.click(fold('Add people involved')!);
    fireEvent.input(field('People involved')!, { target: { value: 'The man from the blue car' } });
    fireEvent.click(fold('Add witness')!);
    fireEvent.input(field('Name')!, { target: { value: 'Mette Hansen' } });
    await screen.findByText(/Draft kept on this phone at/, {}, { timeout: 5000 });
    await waitFor(async () => expect(await listDrafts('new-incident:')).not.toHaveLength(0));
    cleanup();

    await openEditor();
    expect(screen.getByText(/Your unsaved draft from .* was restored/)).toBeTruthy();
    expect(field('People involved')?.value).toBe('The man from the blue car');
    expect(field('Name')?.value).toBe('Mette Hansen');
    expect(fold('Add people involved')).toBeNull();
    expect(fold('Add witness')).toBeNull();
    for (const name of ['Add place', 'Add the effect on me', 'Add police contact']) expect(fold(name)).not.toBeNull();
  });
});
