import { describe, expect, it } from 'vitest';
import { newDataKey } from '../../src/crypto/dataKey';
import { openRecord, openRecordSync, sealRecord, sealRecordSync, type RecordAddress } from '../../src/crypto/records';
import { DecryptionError } from '../../src/crypto/sealed';
import { toHex } from '../../src/crypto/sha256';

const incident: RecordAddress = { store: 'incidents', id: 'c0ffee' };
const text = (value: string) => new TextEncoder().encode(value);
const read = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

function flipped(bytes: Uint8Array, index: number): Uint8Array {
  const copy = new Uint8Array(bytes);
  copy[index] ^= 0x01;
  return copy;
}

describe('record encryption', () => {
  it('round-trips, and the Web Crypto and synchronous paths read each other', async () => {
    const key = await newDataKey();
    const plain = text('{"place":"Nørrebrogade 12","witness":"Åse"}');
    expect(read(await openRecord(key, incident, await sealRecord(key, incident, plain)))).toBe(read(plain));
    expect(read(openRecordSync(key, incident, await sealRecord(key, incident, plain)))).toBe(read(plain));
    expect(read(await openRecord(key, incident, sealRecordSync(key, incident, plain)))).toBe(read(plain));
    expect(read(await openRecord(key, incident, await sealRecord(key, incident, new Uint8Array())))).toBe('');
  });

  it('leaves no plaintext in the sealed bytes', async () => {
    const key = await newDataKey();
    const sealed = await sealRecord(key, incident, text('CANARY-CANARY-CANARY'));
    expect(Buffer.from(sealed).toString('latin1')).not.toContain('CANARY');
  });

  it('fails loudly on one flipped bit anywhere: version, IV, ciphertext or tag', async () => {
    const key = await newDataKey();
    const sealed = await sealRecord(key, incident, text('what happened'));
    const places = { version: 0, 'first IV byte': 1, 'last IV byte': 12, ciphertext: 14, 'last tag byte': sealed.length - 1 };
    for (const [name, index] of Object.entries(places)) {
      await expect(openRecord(key, incident, flipped(sealed, index)), name).rejects.toBeInstanceOf(DecryptionError);
      expect(() => openRecordSync(key, incident, flipped(sealed, index)), name).toThrow(DecryptionError);
    }
  });

  it('fails when the additional data differs: another store, another id, a cut-off value', async () => {
    const key = await newDataKey();
    const sealed = await sealRecord(key, incident, text('what happened'));
    await expect(openRecord(key, { store: 'people', id: 'c0ffee' }, sealed)).rejects.toThrow(/people record "c0ffee"/);
    await expect(openRecord(key, { store: 'incidents', id: 'c0ffef' }, sealed)).rejects.toBeInstanceOf(DecryptionError);
    // The number 7 and the text "7" are different ids.
    const numbered = await sealRecord(key, { store: 'revisions', id: 7 }, text('x'));
    await expect(openRecord(key, { store: 'revisions', id: '7' }, numbered)).rejects.toBeInstanceOf(DecryptionError);
    await expect(openRecord(key, incident, sealed.slice(0, 20))).rejects.toBeInstanceOf(DecryptionError);
  });

  it('fails under another data key', async () => {
    const sealed = await sealRecord(await newDataKey(), incident, text('what happened'));
    await expect(openRecord(await newDataKey(), incident, sealed)).rejects.toBeInstanceOf(DecryptionError);
  });

  it('never repeats an IV over 100,000 encryptions', async () => {
    const key = await newDataKey();
    const seen = new Set<string>();
    const plain = text('x');
    for (let round = 0; round < 50_000; round++) {
      seen.add(toHex((await sealRecord(key, incident, plain)).subarray(1, 13)));
      seen.add(toHex(sealRecordSync(key, incident, plain).subarray(1, 13)));
    }
    expect(seen.size).toBe(100_000);
  }, 60_000);
});
