// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getIncident, listDrafts, listIncidents } from '../../src/db';
import { localTimeText } from '../../src/domain/localTime';
import { setLanguage } from '../../src/i18n/setLanguage';
import IncidentEditor from '../../src/screens/IncidentEditor';
import { freshDatabase } from '../helpers/db';
import { flushUnsavedWork } from '../../src/app/unsavedWork';

async function openEditor(id?: string) {
  render(<IncidentEditor id={id} />);
  return screen.findByRole('button', { name: 'Save' });
}

async function savedIncidentId(): Promise<string> {
  await waitFor(() => expect(location.hash).toMatch(/^#\/incident\/[^/]+$/));
  return decodeURIComponent(location.hash.split('/')[2]!);
}

describe('the incident editor', () => {
  let database: ReturnType<typeof freshDatabase>;
  beforeEach(() => {
    database = freshDatabase();
    setLanguage('en');
    history.replaceState(null, '', '#/new');
  });
  afterEach(cleanup);

  it('saves with only a kind and the preset time', async () => {
    const before = Date.now();
    const save = await openEditor();
    fireEvent.click(screen.getByRole('radio', { name: 'Following' }));
    fireEvent.click(save);
    const id = await savedIncidentId();
    const saved = await getIncident(id);
    expect(saved).toMatchObject({ kind: 'following', description: '', witnesses: [], timeZone: 'Europe/Copenhagen' });
    // The preset time is now, to the minute.
    expect(saved!.occurredAt).toBeGreaterThan(before - 60_000);
    expect(saved!.occurredAt).toBeLessThanOrEqual(Date.now());
    expect(await listDrafts()).toEqual([]);
  });

  it('refuses a time in the future with a message at the field, and stores nothing', async () => {
    const save = await openEditor();
    fireEvent.click(screen.getByRole('radio', { name: 'Call' }));
    const time = screen.getByLabelText('Date and time');
    fireEvent.input(time, { target: { value: localTimeText(Date.now() + 2 * 86_400_000, 'Europe/Copenhagen') } });
    fireEvent.click(save);
    const summary = await screen.findByRole('alert', { name: 'There is a problem' });
    await waitFor(() => expect(document.activeElement).toBe(summary));
    const message = document.getElementById('editor-problem-occurredAt')!;
    expect(message.textContent).toBe('The time is in the future. Enter when it happened.');
    expect(time.getAttribute('aria-invalid')).toBe('true');
    expect(time.getAttribute('aria-describedby')).toContain(message.id);
    fireEvent.click(within(summary).getByRole('link', { name: 'The time is in the future. Enter when it happened.' }));
    expect(document.activeElement).toBe(time);
    expect(await listIncidents()).toEqual([]);
    expect(location.hash).toBe('#/new');
  });

  it('repeats the chosen time in words with weekday and 24-hour clock', async () => {
    await openEditor();
    const time = screen.getByLabelText('Date and time');
    fireEvent.input(time, { target: { value: '2026-03-29T03:10' } });
    expect(await screen.findByText('Sunday 29 March 2026, 03:10')).toBeTruthy();
    expect(time.getAttribute('aria-describedby')).toContain('editor-occurredAt-spelled');
  });

  it('asks for the kind when none is chosen', async () => {
    const save = await openEditor();
    fireEvent.click(save);
    const summary = await screen.findByRole('alert', { name: 'There is a problem' });
    fireEvent.click(within(summary).getByRole('link', { name: 'Choose what kind of incident this was.' }));
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: 'Call' }));
    expect(await listIncidents()).toEqual([]);
  });

  it('stores an added witness with the incident', async () => {
    const save = await openEditor();
    fireEvent.click(screen.getByRole('radio', { name: 'Threat of violence' }));
    fireEvent.click(screen.getByRole('button', { name: 'Add witness' }));
    fireEvent.input(screen.getByLabelText('Name'), { target: { value: 'Mette Hansen' } });
    fireEvent.input(screen.getByLabelText('Phone or e-mail'), { target: { value: '+45 20 30 40 50' } });
    fireEvent.input(screen.getByLabelText('Note'), { target: { value: 'Saw him at the gate' } });
    fireEvent.click(save);
    const saved = await getIncident(await savedIncidentId());
    expect(saved?.witnesses).toEqual([{ name: 'Mette Hansen', contact: '+45 20 30 40 50', note: 'Saw him at the gate' }]);
  });

  it('brings a draft back after the editor closed mid-entry, and can discard it', async () => {
    await openEditor();
    fireEvent.click(screen.getByRole('radio', { name: 'Letter' }));
    fireEvent.input(screen.getByLabelText('What happened'), { target: { value: 'A letter in the mailbox: "I see you"' } });
    await screen.findByText(/Draft kept on this phone at/, {}, { timeout: 2000 });
    expect(await listDrafts('new-incident:')).toHaveLength(1);
    cleanup();

    await openEditor();
    expect(screen.getByText(/Your unsaved draft from .* was restored/)).toBeTruthy();
    expect((screen.getByLabelText('What happened') as HTMLTextAreaElement).value).toBe('A letter in the mailbox: "I see you"');
    expect((screen.getByRole('radio', { name: 'Letter' }) as HTMLInputElement).checked).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: 'Discard draft' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Throw away' }));
    await waitFor(() => expect((screen.getByLabelText('What happened') as HTMLTextAreaElement).value).toBe(''));
    expect(await listDrafts()).toEqual([]);
    expect(await listIncidents()).toEqual([]);
  });

  it('tells an update waiting to reload that the draft could not be stored', async () => {
    await openEditor();
    fireEvent.input(screen.getByLabelText('What happened'), { target: { value: 'Typed just before an update' } });
    database.close(); // Every write now fails, as on a full or broken disk.
    await expect(flushUnsavedWork()).rejects.toThrow();
    expect(await screen.findByRole('alert')).toBeTruthy();
  });
});
