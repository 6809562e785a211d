import { describe, expect, it } from 'vitest';
import { newDataKey } from '../../src/crypto/dataKey';
import { newInboxKeyPair, openInboxPrivateKey, openShare, sealShare, type SealedShare } from '../../src/crypto/inboxSeal';
import { DecryptionError } from '../../src/crypto/sealed';
import { containsBytes } from '../helpers/bytes';

const text = new TextEncoder().encode('«Du slipper ikke for mig» — sendt 02:14');
const photo = Uint8Array.from({ length: 5000 }, (_, index) => (index * 7) & 0xff);

async function inbox() {
  const dataKey = await newDataKey();
  const pair = await newInboxKeyPair(dataKey);
  return { dataKey, pair, privateKey: await openInboxPrivateKey(dataKey, pair.sealedPrivateKey) };
}

function flipped(bytes: Uint8Array, at: number): Uint8Array<ArrayBuffer> {
  const copy = new Uint8Array(bytes);
  copy[at]! ^= 0x01;
  return copy;
}

describe('the share inbox: sealed to a public key, opened only with the data key', () => {
  it('round-trips a share of text and a file', async () => {
    const { pair, privateKey } = await inbox();
    const share = await sealShare(pair.publicKey, 'share-1', [text, photo]);
    expect(await openShare(privateKey, pair.publicKey, 'share-1', share)).toEqual([text, photo]);
  });

  it('stores nothing readable: no part appears in what is sealed, and two shares of the same bytes differ', async () => {
    const { pair } = await inbox();
    const first = await sealShare(pair.publicKey, 'share-1', [text, photo]);
    const second = await sealShare(pair.publicKey, 'share-1', [text, photo]);
    for (const sealed of [...first.parts, ...second.parts]) {
      expect(containsBytes(sealed, text)).toBe(false);
      expect(containsBytes(sealed, photo.subarray(0, 32))).toBe(false);
    }
    expect(first.ephemeralPublicKey).not.toEqual(second.ephemeralPublicKey);
    expect(first.parts[0]).not.toEqual(second.parts[0]);
  });

  it('keeps the private key only sealed: another data key cannot open it, nor a changed byte', async () => {
    const { pair } = await inbox();
    await expect(openInboxPrivateKey(await newDataKey(), pair.sealedPrivateKey)).rejects.toBeInstanceOf(DecryptionError);
    const { dataKey } = await inbox();
    const own = await newInboxKeyPair(dataKey);
    await expect(openInboxPrivateKey(dataKey, flipped(own.sealedPrivateKey, 20))).rejects.toBeInstanceOf(DecryptionError);
  });

  it('fails loudly on any tampering: a flipped byte in a part or the ephemeral key, swapped or dropped parts, another share id', async () => {
    const { pair, privateKey } = await inbox();
    const share = await sealShare(pair.publicKey, 'share-1', [text, photo]);
    const attempts: [string, SealedShare, string][] = [
      ['part byte', { ...share, parts: [flipped(share.parts[0]!, 30) as never, share.parts[1]!] }, 'share-1'],
      ['tag byte', { ...share, parts: [share.parts[0]!, flipped(share.parts[1]!, share.parts[1]!.length - 1) as never] }, 'share-1'],
      ['ephemeral key', { ...share, ephemeralPublicKey: flipped(share.ephemeralPublicKey, 40) as never }, 'share-1'],
      ['swapped parts', { ...share, parts: [share.parts[1]!, share.parts[0]!] }, 'share-1'],
      ['dropped part', { ...share, parts: [share.parts[0]!] }, 'share-1'],
      ['other share id', share, 'share-2'],
    ];
    for (const [what, tampered, shareId] of attempts) {
      await expect(openShare(privateKey, pair.publicKey, shareId, tampered), what).rejects.toBeInstanceOf(DecryptionError);
    }
  });

  it('cannot be opened with another inbox’s private key', async () => {
    const { pair } = await inbox();
    const other = await inbox();
    const share = await sealShare(pair.publicKey, 'share-1', [text]);
    await expect(openShare(other.privateKey, pair.publicKey, 'share-1', share)).rejects.toBeInstanceOf(DecryptionError);
  });
});
