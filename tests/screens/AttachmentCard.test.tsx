// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import { AttachmentCard } from '../../src/screens/IncidentDetail/AttachmentCard';
import type { Attachment } from '../../src/domain/types';
import { language } from '../../src/i18n';
import '../../src/i18n/laterMessages';

const addedAt = Date.UTC(2026, 10, 28, 12);
const photo: Attachment = {
  id: 'a1', incidentId: 'i1', fileName: 'IMG_0002.jpg', mimeType: 'image/jpeg', size: 2_000, sha256: '0'.repeat(64), addedAt, version: 1,
};

describe('the attachment card', () => {
  beforeEach(() => {
    language.value = 'en';
  });
  afterEach(cleanup);

  it('prints an EXIF time without offset as the camera wrote it, saying the offset is unknown', () => {
    render(<ul><AttachmentCard attachment={{ ...photo, capturedAt: Date.UTC(2026, 2, 29, 0, 30), capturedAtSource: 'exif', capturedLocalTime: '2026-03-29T02:30:00' }} /></ul>);
    expect(screen.getByText('Sunday 29 March 2026, 02:30, UTC offset unknown (from the photo’s EXIF data)')).toBeTruthy();
  });

  it('flags a capture time decades in the future and a name that hides a direction change', () => {
    render(<ul><AttachmentCard attachment={{ ...photo, fileName: 'invoice\u202egpj.exe', capturedAt: Date.UTC(2061, 0, 1), capturedAtSource: 'exif' }} /></ul>);
    expect(screen.getByRole('heading', { name: 'invoice⟦U+202E⟧gpj.exe' })).toBeTruthy();
    const notes = screen.getByRole('list', { name: 'Worth knowing about this file' });
    expect(notes.textContent).toContain('The recorded capture time is later than the moment the file was added');
    expect(notes.textContent).toContain('The name ends in .exe, but the content is image/jpeg.');
  });
});
