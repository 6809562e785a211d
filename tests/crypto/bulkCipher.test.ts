import { describe, expect, it } from 'vitest';
import { emptyBuffer, openBulk, sealBulk } from '../../src/crypto/bulkCipher';
import { replyError, runBulkJob } from '../../src/crypto/bulkCipherJob';
import { newDataKey } from '../../src/crypto/dataKey';
import { additionalData, DecryptionError, open, seal } from '../../src/crypto/sealed';

const context = additionalData('chunk', 'file-1', 0, true);
const bytesOf = (size: number) => Uint8Array.from({ length: size }, (_, index) => (index * 7) & 0xff);

describe('the bulk cipher', () => {
  it('a job seals in the one sealed layout: open() opens it, and the worker side opens what seal() made', async () => {
    const key = await newDataKey();
    const plain = bytesOf(1000);
    const sealedByJob = await runBulkJob({ id: 3, op: 'seal', key: key.webKey, context, bytes: plain, what: '' });
    expect(sealedByJob).toMatchObject({ id: 3, ok: true });
    if (!sealedByJob.ok) return;
    expect(sealedByJob.spare).toBe(plain.buffer); // handed back to be filled again
    expect(await open(key.webKey, context, sealedByJob.bytes, 'x')).toEqual(bytesOf(1000));
    const opened = await runBulkJob({ id: 4, op: 'open', key: key.webKey, context, bytes: await seal(key.webKey, context, bytesOf(1000)), what: 'x' });
    expect(opened).toEqual({ id: 4, ok: true, bytes: bytesOf(1000) });
  });

  it('a changed byte or another context comes back as the DecryptionError open() throws, naming what failed', async () => {
    const key = await newDataKey();
    const sealed = await seal(key.webKey, context, bytesOf(1000));
    sealed[500] ^= 1;
    const changed = await runBulkJob({ id: 1, op: 'open', key: key.webKey, context, bytes: sealed, what: 'file f chunk 0 (last)' });
    expect(changed).toMatchObject({ ok: false, decryption: true });
    if (changed.ok) return;
    const error = replyError(changed);
    expect(error).toBeInstanceOf(DecryptionError);
    expect(error.message).toContain('file f chunk 0 (last)');
    const moved = await runBulkJob({ id: 2, op: 'open', key: key.webKey, context: additionalData('chunk', 'file-1', 1, true), bytes: await seal(key.webKey, context, bytesOf(10)), what: 'y' });
    expect(moved).toMatchObject({ ok: false, decryption: true });
  });

  it('a failure that is not a decryption stays an ordinary error', async () => {
    const reply = await runBulkJob({ id: 1, op: 'seal', key: 'not a key' as unknown as CryptoKey, context, bytes: bytesOf(10), what: '' });
    expect(reply).toMatchObject({ ok: false, decryption: false });
    if (!reply.ok) expect(replyError(reply)).not.toBeInstanceOf(DecryptionError);
  });

  it('opens a Blob read where the job runs, and a Blob that cannot be read keeps its error’s name', async () => {
    const key = await newDataKey();
    const sealed = await seal(key.webKey, context, bytesOf(1000));
    expect(await runBulkJob({ id: 5, op: 'open', key: key.webKey, context, bytes: new Blob([sealed]), what: 'frame 0' })).toEqual({ id: 5, ok: true, bytes: bytesOf(1000) });
    const unreadable = { arrayBuffer: () => Promise.reject(new DOMException('the file changed on disk', 'NotReadableError')) };
    Object.setPrototypeOf(unreadable, Blob.prototype);
    const reply = await runBulkJob({ id: 6, op: 'open', key: key.webKey, context, bytes: unreadable as unknown as Blob, what: 'frame 0' });
    expect(reply).toMatchObject({ ok: false, decryption: false, name: 'NotReadableError' });
    if (!reply.ok) expect(replyError(reply)).toMatchObject({ name: 'NotReadableError', message: 'the file changed on disk' });
  });

  it('without workers (here, as inside a worker) large and small bytes are sealed and opened in place', async () => {
    const key = await newDataKey();
    for (const size of [0, 100, 512 * 1024]) {
      const sealed = await sealBulk(key.webKey, context, bytesOf(size));
      expect(await openBulk(key.webKey, context, sealed.slice(), 'z')).toEqual(bytesOf(size));
      sealed[sealed.length - 1] ^= 1;
      await expect(openBulk(key.webKey, context, sealed, 'z')).rejects.toBeInstanceOf(DecryptionError);
    }
    // In place the caller's buffer is never taken back: an empty buffer is new.
    expect(emptyBuffer(512 * 1024)).toEqual(new Uint8Array(512 * 1024));
  });
});
