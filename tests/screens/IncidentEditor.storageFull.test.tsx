// @vitest-environment jsdom
import { File } from 'node:buffer';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getAttachmentFile, getIncident, listAttachments, listDrafts, listIncidents, StorageFullError } from '../../src/db';
import { storeFileBytes } from '../../src/db/fileBytes';
import type { SporDatabase } from '../../src/db/schema';
import { setLanguage } from '../../src/i18n/setLanguage';
import IncidentEditor from '../../src/screens/IncidentEditor';
import { freshDatabase } from '../helpers/db';

// The real byte store, wrapped so one call can meet a full disk; kept in this file so no other test sees the mock.
vi.mock('../../src/db/fileBytes', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/db/fileBytes')>();
  return { ...actual, storeFileBytes: vi.fn(actual.storeFileBytes) };
});

// Node's File, not jsdom's: fake-indexeddb can only store Node's Blobs (see toolchain.md).
const video = new File([new Uint8Array(70_000).fill(7)], 'video-ved-døren.mp4', { type: 'video/mp4' });
const letter = new File(['%PDF-1.4\n%brevet\n'], 'brevet.pdf', { type: 'application/pdf' });

/** Lets the one call for the video fail as on a full disk; every other call stores. */
function videoDoesNotFit() {
  const real = vi.mocked(storeFileBytes).getMockImplementation()!;
  vi.mocked(storeFileBytes).mockImplementation(async (id, blob) => {
    if (blob.size === video.size) throw new StorageFullError('Storage is full');
    return real(id, blob);
  });
}

async function startWithTwoFiles() {
  render(<IncidentEditor />);
  await screen.findByRole('button', { name: 'Save' });
  fireEvent.click(screen.getByRole('radio', { name: 'Following' }));
  fireEvent.input(screen.getByLabelText('What happened'), { target: { value: 'He filmed me from his car outside the door.' } });
  fireEvent.change(screen.getByTestId('file-input'), { target: { files: [letter, video] } });
  await screen.findByText('video-ved-døren.mp4');
}

describe('the incident editor when the phone is out of storage space', () => {
  let database: SporDatabase;
  let realStore: typeof storeFileBytes;
  beforeEach(async () => {
    database = freshDatabase();
    setLanguage('en');
    history.replaceState(null, '', '#/new');
    realStore ??= (await vi.importActual<typeof import('../../src/db/fileBytes')>('../../src/db/fileBytes')).storeFileBytes;
    vi.mocked(storeFileBytes).mockReset().mockImplementation(realStore);
  });
  afterEach(cleanup);

  it('stores nothing half-way, names the file and the reason, keeps everything on the screen, and saves whole later', async () => {
    videoDoesNotFit();
    await startWithTwoFiles();
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    const trouble = await screen.findByTestId('storage-trouble', {}, { timeout: 5000 });
    // The draft's autosave met the full disk first (the box was already up); the save's own message follows.
    expect(await within(trouble).findByText('Not saved: video-ved-døren.mp4 could not be stored: the phone is out of storage space. Everything you typed is still here.', {}, { timeout: 5000 })).toBeTruthy();
    expect(within(trouble).getByRole('button', { name: 'Copy the text' })).toBeTruthy();
    // Whole or nothing: no incident, and the letter's bytes stored before the video failed are gone again.
    expect(await listIncidents()).toEqual([]);
    expect(await database.files.count()).toBe(0);
    expect(await database.attachments.count()).toBe(0);
    expect(location.hash).toBe('#/new');
    expect((screen.getByLabelText('What happened') as HTMLTextAreaElement).value).toBe('He filmed me from his car outside the door.');
    const pending = screen.getByRole('region', { name: 'To be stored when you save' });
    expect(within(pending).getByText('video-ved-døren.mp4')).toBeTruthy();
    expect(within(pending).getByText('brevet.pdf')).toBeTruthy();

    // Space freed: the same save stores the text and both files together, once.
    vi.mocked(storeFileBytes).mockImplementation(realStore);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(location.hash).toMatch(/^#\/incident\//), { timeout: 5000 });
    const [incident] = await listIncidents();
    expect(incident).toMatchObject({ kind: 'following', description: 'He filmed me from his car outside the door.', version: 1 });
    const attachments = await listAttachments(incident!.id);
    expect(attachments.map((file) => file.fileName)).toEqual(['brevet.pdf', 'video-ved-døren.mp4']);
    expect((await getAttachmentFile(attachments[1]!.id)).size).toBe(70_000);
    expect(await database.files.count()).toBe(2);
    expect(await listDrafts()).toEqual([]);
  });

  it('lets the file that did not fit be removed, and saves the rest', async () => {
    videoDoesNotFit();
    await startWithTwoFiles();
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByTestId('storage-trouble', {}, { timeout: 5000 });

    fireEvent.click(screen.getByRole('button', { name: 'Remove video-ved-døren.mp4' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(location.hash).toMatch(/^#\/incident\//), { timeout: 5000 });
    const [incident] = await listIncidents();
    expect((await listAttachments(incident!.id)).map((file) => file.fileName)).toEqual(['brevet.pdf']);
    expect((await getIncident(incident!.id))?.description).toBe('He filmed me from his car outside the door.');
    expect(await database.files.count()).toBe(1);
  });
});
