import { afterEach, describe, expect, it } from 'vitest';
import { markUnlocked } from '../../src/app/lock';
import { emptyShare, ensureInboxKey, readShare } from '../../src/capture/inbox';
import { deleteInbox, getShare, inboxDatabaseName, lockedRecordingIds, putLockedRecordingRow, readInboxKey } from '../../src/capture/inboxDb';
import { newDataKey } from '../../src/crypto/dataKey';
import { sharedDescription, readShareForm } from '../../src/domain/share';
import { receiveShare } from '../../src/sw/shareTarget';

const scope = 'https://spor.example/';

function androidShare(): Request {
  const form = new FormData();
  form.append('title', 'Beskeder');
  form.append('text', '  Du slipper ikke for mig.  ');
  form.append('url', '');
  form.append('files', new File([new Uint8Array([1, 2, 3])], 'a.png', { type: 'image/png', lastModified: 1000 }));
  form.append('files', new File(['hej'], 'b.txt', { type: 'text/plain', lastModified: 2000 }));
  return new Request(`${scope}share-target`, { method: 'POST', body: form });
}

describe('the share inbox, app and service worker together', () => {
  afterEach(async () => {
    await deleteInbox();
  });

  it('the service worker seals a share to the key the app made; the app opens it whole and empties it', async () => {
    markUnlocked(await newDataKey());
    await ensureInboxKey();
    const response = await receiveShare(androidShare(), scope);
    expect(response.status).toBe(303);
    const id = /#\/shared\/([0-9a-f-]+)$/.exec(response.headers.get('location')!)![1]!;
    const share = await readShare(id);
    expect(share).toMatchObject({ id, title: 'Beskeder', text: '  Du slipper ikke for mig.  ', url: '' });
    expect(share!.files.map((file) => [file.name, file.type, file.size, file.lastModified])).toEqual([['a.png', 'image/png', 3, 0], ['b.txt', 'text/plain', 3, 0]]);
    expect(new Uint8Array(await share!.files[0]!.arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]));
    await emptyShare(id);
    expect(await getShare(id)).toBeUndefined();
    expect(await readShare(id)).toBeUndefined();
  });

  it('keeps one inbox key while the data key stays, and replaces it when the data key changed', async () => {
    markUnlocked(await newDataKey());
    await ensureInboxKey();
    const first = await readInboxKey();
    await ensureInboxKey();
    expect(await readInboxKey()).toEqual(first);
    markUnlocked(await newDataKey());
    await ensureInboxKey();
    expect(new Uint8Array((await readInboxKey())!.publicKey)).not.toEqual(new Uint8Array(first!.publicKey));
  });

  it('a share sealed for one data key cannot be read with another', async () => {
    markUnlocked(await newDataKey());
    await ensureInboxKey();
    const location = (await receiveShare(androidShare(), scope)).headers.get('location')!;
    markUnlocked(await newDataKey());
    await expect(readShare(location.split('/').pop()!)).rejects.toThrow();
  });

  it('an inbox of version 1 (before recordings went into it) opens as version 2 with its key and shares kept', async () => {
    await new Promise<void>((resolve, reject) => {
      const opening = indexedDB.open(inboxDatabaseName, 1);
      opening.onupgradeneeded = () => {
        opening.result.createObjectStore('keys', { keyPath: 'id' }).put({ id: 'inbox', publicKey: new ArrayBuffer(65), sealedPrivateKey: new ArrayBuffer(8) });
        opening.result.createObjectStore('shares', { keyPath: 'id' }).put({ id: 'share-1', ephemeralPublicKey: new ArrayBuffer(65), parts: [] });
      };
      opening.onsuccess = () => {
        opening.result.close();
        resolve();
      };
      opening.onerror = () => reject(opening.error);
    });
    expect(await getShare('share-1')).toMatchObject({ id: 'share-1' });
    expect((await readInboxKey())?.publicKey.byteLength).toBe(65);
    await putLockedRecordingRow({ recordingId: 'r1', index: 0, ephemeralPublicKey: new ArrayBuffer(65), parts: [] });
    expect(await lockedRecordingIds()).toEqual(['r1']);
  });

  it('without an inbox key nothing is stored and the app is told so', async () => {
    const response = await receiveShare(androidShare(), scope);
    expect(response.headers.get('location')).toBe(`${scope}#/shared`);
  });
});

describe('quoting what was shared', () => {
  const labels = { from: (title: string) => `Delt til Spor fra “${title}”:`, plain: 'Delt til Spor:' };
  it('quotes the text as received, notes the title and a link that is not the text itself', () => {
    expect(sharedDescription({ title: 'Beskeder', text: 'Hej igen', url: 'https://x.example/1' }, labels))
      .toBe('Delt til Spor fra “Beskeder”:\n“Hej igen”\nhttps://x.example/1');
    expect(sharedDescription({ title: '', text: 'https://x.example/1', url: 'https://x.example/1' }, labels)).toBe('Delt til Spor:\n“https://x.example/1”');
  });
  it('says nothing for a share of files only', () => {
    expect(sharedDescription({ title: '', text: '', url: '' }, labels)).toBe('');
  });
  it('reads the fields Android posts, spaces-only fields as absent', () => {
    const form = new FormData();
    form.append('title', '   ');
    form.append('text', ' tekst ');
    expect(readShareForm(form, 5).manifest).toEqual({ receivedAt: 5, title: '', text: ' tekst ', url: '', files: [] });
  });
});
