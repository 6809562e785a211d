// @vitest-environment jsdom
import { File } from 'node:buffer';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { attachFile, getAttachmentFile, getIncident, listAttachments, listIncidents, loadDraft, StorageFullError } from '../../src/db';
import { setLanguage } from '../../src/i18n';
import IncidentEditor from '../../src/screens/IncidentEditor';
import type { PendingFile } from '../../src/screens/IncidentEditor/form';
import { freshDatabase } from '../helpers/db';

// The real verb, wrapped so one call can meet a full disk; kept in this file so no other test sees the mock.
vi.mock('../../src/db/attachments', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/db/attachments')>();
  return { ...actual, attachFile: vi.fn(actual.attachFile) };
});

// Node's File, not jsdom's: fake-indexeddb can only store Node's Blobs (see toolchain.md).
const video = new File([new Uint8Array(70_000).fill(7)], 'video-ved-døren.mp4', { type: 'video/mp4' });
const letter = new File(['%PDF-1.4\n%brevet\n'], 'brevet.pdf', { type: 'application/pdf' });

function pendingRow(name: string): HTMLElement {
  return screen.getByText(name, { selector: '.file-name' }).closest('li')!;
}

describe('the incident editor when the phone is out of storage space', () => {
  beforeEach(() => {
    freshDatabase();
    setLanguage('en');
    history.replaceState(null, '', '#/new');
    vi.mocked(attachFile).mockClear();
  });
  afterEach(cleanup);

  it('keeps the incident and its text, names the file that failed, and keeps it listed to retry or remove', async () => {
    vi.mocked(attachFile).mockRejectedValueOnce(new StorageFullError('Storage is full'));
    render(<IncidentEditor />);
    const save = await screen.findByRole('button', { name: 'Save' });
    fireEvent.click(screen.getByRole('radio', { name: 'Following' }));
    fireEvent.input(screen.getByLabelText('What happened'), { target: { value: 'He filmed me from his car outside the door.' } });
    fireEvent.change(screen.getByTestId('file-input'), { target: { files: [video, letter] } });
    await screen.findByText('brevet.pdf');
    fireEvent.click(save);

    const alert = await screen.findByText('The incident is saved. Some files were not stored; they are still listed below. Free some space and save again, or remove them.');
    const box = alert.closest('[role="alert"]') as HTMLElement;
    expect(within(box).getByText('video-ved-døren.mp4 could not be stored: the phone is out of storage space.')).toBeTruthy();
    expect(within(box).queryByText(/brevet\.pdf/)).toBeNull();

    const [incident] = await listIncidents();
    expect(incident).toMatchObject({ kind: 'following', description: 'He filmed me from his car outside the door.' });
    expect((await listAttachments(incident!.id)).map((file) => file.fileName)).toEqual(['brevet.pdf']);
    expect(location.hash).toBe('#/new'); // Stays in the editor, so the failed file can be dealt with.

    // The failed file waits in the list (with its remove button) and in the saved incident's draft, so nothing is lost.
    const pending = screen.getByRole('region', { name: 'To be stored when you save' });
    expect(within(pending).getByText('video-ved-døren.mp4')).toBeTruthy();
    expect(within(pending).queryByText('brevet.pdf')).toBeNull();
    expect(within(pendingRow('video-ved-døren.mp4')).getByRole('button', { name: 'Remove video-ved-døren.mp4' })).toBeTruthy();
    await waitFor(async () => {
      const draft = await loadDraft<PendingFile[]>(`incident:${incident!.id}:files`);
      expect(draft?.value.map((file) => file.name)).toEqual(['video-ved-døren.mp4']);
    });
    const stored = screen.getByRole('region', { name: 'Stored' });
    expect(within(stored).getByText('brevet.pdf')).toBeTruthy();

    // Space freed: saving again stores the file with the same incident, and the editor moves on to it.
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(location.hash).toBe(`#/incident/${incident!.id}`));
    const attachments = await listAttachments(incident!.id);
    expect(attachments.map((file) => file.fileName)).toEqual(['brevet.pdf', 'video-ved-døren.mp4']);
    expect((await getAttachmentFile(attachments[1]!.id)).size).toBe(70_000);
    expect(await listIncidents()).toHaveLength(1);
    expect((await getIncident(incident!.id))?.description).toBe('He filmed me from his car outside the door.');
    expect(await loadDraft(`incident:${incident!.id}:files`)).toBeUndefined();
  });

  it('lets the failed file be removed instead, keeping the saved incident', async () => {
    vi.mocked(attachFile).mockRejectedValueOnce(new StorageFullError('Storage is full'));
    render(<IncidentEditor />);
    const save = await screen.findByRole('button', { name: 'Save' });
    fireEvent.click(screen.getByRole('radio', { name: 'Call' }));
    fireEvent.change(screen.getByTestId('file-input'), { target: { files: [video] } });
    await screen.findByText('video-ved-døren.mp4');
    fireEvent.click(save);
    await screen.findByText('video-ved-døren.mp4 could not be stored: the phone is out of storage space.');

    fireEvent.click(screen.getByRole('button', { name: 'Remove video-ved-døren.mp4' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'To be stored when you save' })).toBeNull());
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const [incident] = await listIncidents();
    await waitFor(() => expect(location.hash).toBe(`#/incident/${incident!.id}`));
    expect(await listAttachments(incident!.id)).toEqual([]);
    expect(vi.mocked(attachFile)).toHaveBeenCalledTimes(1);
  });
});
