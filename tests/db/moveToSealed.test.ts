import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { incidentInput } from '../helpers/db';
import { useDatabase } from '../../src/db/database';
import { databaseName, plainDatabaseName, SporDatabase } from '../../src/db/schema';
import { addIncident, attachFile, getAttachmentFile, listIncidents, saveDraft, loadDraft, trashIncident, verifyHistory, verifyLog, listTrash } from '../../src/db';
import { moveToSealed } from '../../src/db/moveToSealed';
import { plainDatabaseExists } from '../../src/db/plainDatabase';
import { fileChunkBytes } from '../../src/crypto/fileChunks';

const draftPhoto = new Uint8Array([0xff, 0xd8, 0xff, 0xe1, 7, 7, 7]);

/** An older version's phone: the plain `spor` database, written by the same verbs without sealing. */
async function plainPhone(): Promise<{ head: string; bigFile: Uint8Array }> {
  const plain = new SporDatabase(plainDatabaseName, { sealed: false });
  useDatabase(plain);
  const first = await addIncident(incidentInput({ description: 'Første: han ringede 14 gange' }));
  const second = await addIncident(incidentInput({ description: 'Anden: bilen ved opgangen', occurredAt: Date.UTC(2026, 0, 16, 8) }));
  // Two chunks, so the move seals more than one and binds the last.
  const big = new Uint8Array(fileChunkBytes + 1000).map((_, index) => (index * 31 + 7) & 0xff);
  await attachFile(first.id, new File([big], 'video.mp4', { type: 'video/mp4' }));
  await trashIncident(second.id);
  await saveDraft({ session: 'old-tab', subject: 'incident:x' }, 'form', { description: 'halvskrevet' });
  // A file picked into a draft before version 4 stays a Blob (version 4's conversion left drafts alone).
  await plain.drafts.put({ id: 'old-tab|incident:y|files', session: 'old-tab', subject: 'incident:y', part: 'files', savedAt: 1, value: [{ key: 'k1', name: 'kladde.jpg', blob: new Blob([draftPhoto], { type: 'image/jpeg' }) }] });
  const head = (await verifyHistory()).headHash;
  plain.close();
  return { head, bigFile: big };
}

function sealedPhone(): SporDatabase {
  const sealed = new SporDatabase(databaseName);
  useDatabase(sealed);
  return sealed;
}

describe('moving an older version’s plain log into the sealed database', () => {
  it('moves every record, file and draft, checks them, and deletes the old database whole', async () => {
    const { head, bigFile } = await plainPhone();
    sealedPhone();
    const seen: number[] = [];
    await moveToSealed((progress) => seen.push(progress.done));
    expect(await plainDatabaseExists()).toBe(false);
    expect(seen.at(-1)).toBeGreaterThan(0);
    expect((await listIncidents()).map((incident) => incident.description)).toEqual(['Første: han ringede 14 gange']);
    expect(await listTrash()).toHaveLength(1);
    const [moved] = await listIncidents();
    const file = new Uint8Array(await (await getAttachmentFile(moved!.attachmentIds[0]!)).arrayBuffer());
    expect(Buffer.from(file).equals(Buffer.from(bigFile))).toBe(true);
    expect((await loadDraft<{ description: string }>({ session: 'old-tab', subject: 'incident:x' }, 'form'))?.value.description).toBe('halvskrevet');
    const picked = await loadDraft<{ name: string; blob: Blob }[]>({ session: 'old-tab', subject: 'incident:y' }, 'files');
    expect(picked?.value[0]?.name).toBe('kladde.jpg');
    expect(new Uint8Array(await picked!.value[0]!.blob.arrayBuffer())).toEqual(draftPhoto);
    expect((await verifyHistory()).headHash).toBe(head);
    expect((await verifyLog()).ok).toBe(true);
    await Dexie.delete(databaseName); // the next test starts from an older phone again
  });

  it('a move cut short (the page closed half way) starts again at the next open and loses nothing', async () => {
    const { head } = await plainPhone();
    let sealed = sealedPhone();
    const crash = new Error('the tab was closed');
    await expect(
      moveToSealed((progress) => {
        if (progress.done > 0) throw crash;
      }),
    ).rejects.toBe(crash);
    expect(await plainDatabaseExists()).toBe(true);
    sealed.close();
    sealed = sealedPhone();
    await moveToSealed();
    expect(await plainDatabaseExists()).toBe(false);
    expect(await listIncidents()).toHaveLength(1);
    expect((await verifyHistory()).headHash).toBe(head);
    expect((await verifyLog()).ok).toBe(true);
  });
});
