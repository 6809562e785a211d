import { createHash } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { addIncident, attachFile, getAttachmentFile, getIncident, listAttachments, listRevisions, removeAttachment, NotFoundError } from '../../src/db';
import { freshDatabase, incidentInput } from '../helpers/db';

const now = Date.UTC(2026, 10, 1, 12);

function bytesOf(size: number, seed: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(size);
  for (let index = 0; index < size; index++) bytes[index] = (index * 31 + seed) & 0xff;
  return bytes;
}

describe('attachments', () => {
  beforeEach(() => {
    freshDatabase();
  });

  it('keeps name, type, size, file date and SHA-256, and gives back the exact bytes', async () => {
    const incident = await addIncident(incidentInput({ occurredAt: now - 1000 }), now);
    const bytes = bytesOf(300_000, 7);
    bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const file = new File([bytes], 'skærmbillede 1.png', { type: 'image/png', lastModified: now - 5000 });
    const attachment = await attachFile(incident.id, file, { now });
    expect(attachment).toMatchObject({
      incidentId: incident.id, fileName: 'skærmbillede 1.png', mimeType: 'image/png', size: 300_000,
      sha256: createHash('sha256').update(bytes).digest('hex'), addedAt: now, capturedAt: now - 5000, capturedAtSource: 'file',
    });
    expect((await getIncident(incident.id))?.attachmentIds).toEqual([attachment.id]);
    const stored = await getAttachmentFile(attachment.id);
    expect(new Uint8Array(await stored.arrayBuffer())).toEqual(bytes);
    expect((await listAttachments(incident.id)).map((row) => row.fileName)).toEqual(['skærmbillede 1.png']);
  });

  it('takes the type from the content, not from the name or the browser, and accepts any file', async () => {
    const incident = await addIncident(incidentInput({ occurredAt: now - 1000 }), now);
    const pdfNamedJpg = await attachFile(incident.id, new File(['%PDF-1.7\n%%EOF\n'], 'foto.jpg', { type: 'image/jpeg' }), { now });
    const mail = await attachFile(incident.id, new File(['From: x@example.com\r\nSubject: Hej\r\n\r\nTekst\r\n'], 'besked.eml', { type: 'message/rfc822' }), { now });
    const empty = await attachFile(incident.id, new File([], 'tom.txt', { type: 'text/plain' }), { now });
    const unknown = await attachFile(incident.id, new File([new Uint8Array([0, 1, 2, 3, 0, 9])], 'data.bin', { type: '' }), { now });
    expect([pdfNamedJpg, mail, empty, unknown].map((file) => [file.fileName, file.mimeType, file.size])).toEqual([
      ['foto.jpg', 'application/pdf', 15], ['besked.eml', 'text/plain', 44], ['tom.txt', 'application/octet-stream', 0], ['data.bin', 'application/octet-stream', 6],
    ]);
  });

  it('hashes a large file in chunks with the same result as a one-shot hash', async () => {
    const incident = await addIncident(incidentInput({ occurredAt: now - 1000 }), now);
    const bytes = bytesOf(8 * 1024 * 1024 + 13, 3);
    const progress: number[] = [];
    const attachment = await attachFile(incident.id, new Blob([bytes], { type: 'video/mp4' }), {
      fileName: 'video.mp4', onProgress: (done) => progress.push(done), now,
    });
    expect(attachment.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(progress.at(-1)).toBe(bytes.length);
    expect(progress.length).toBeGreaterThan(1);
  });

  it('refuses a file for an incident that does not exist and stores nothing', async () => {
    await expect(attachFile('missing', new Blob(['x']), { now })).rejects.toBeInstanceOf(NotFoundError);
  });

  it('removing an attachment keeps its name and hash in the history', async () => {
    const incident = await addIncident(incidentInput({ occurredAt: now - 1000 }), now);
    const attachment = await attachFile(incident.id, new Blob(['evidence'], { type: 'text/plain' }), { fileName: 'note.txt', now });
    await removeAttachment(attachment.id, now + 1);
    expect(await listAttachments(incident.id)).toEqual([]);
    await expect(getAttachmentFile(attachment.id)).rejects.toBeInstanceOf(NotFoundError);
    const detach = (await listRevisions(incident.id)).at(-1);
    expect(detach).toMatchObject({ action: 'detach', changes: [{ field: 'fileName', before: 'note.txt' }, { field: 'sha256', before: attachment.sha256 }] });
  });
});
