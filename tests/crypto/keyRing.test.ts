import { describe, expect, it } from 'vitest';
import { derivePasscodeKey } from '../../src/crypto/argon2id';
import type { DataKey } from '../../src/crypto/dataKey';
import { argon2idMinimum } from '../../src/crypto/kdfParams';
import { createKeyRing, hasPasscode, newDeviceKey, NoSuchWrapError, unlockWithDeviceKey, type KeyRing } from '../../src/crypto/keyRing';
import {
  changePasscode,
  passcodeParams,
  RecoveryCodeTypoError,
  removePasscode,
  setPasscode,
  unlockWithPasscode,
  unlockWithRecoveryCode,
} from '../../src/crypto/passcodeRing';
import { openRecord, sealRecord } from '../../src/crypto/records';
import { DecryptionError } from '../../src/crypto/sealed';

// The floor, not the default: every derivation here is real Argon2id, and the machine is shared.
const cost = argon2idMinimum;
const derive = derivePasscodeKey;
const address = { store: 'incidents', id: 'a1' };
const text = (value: string) => new TextEncoder().encode(value);
const read = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

async function readsRecord(key: DataKey, sealed: Uint8Array): Promise<string> {
  return read(await openRecord(key, address, sealed));
}

async function lockedRing() {
  const deviceKey = await newDeviceKey();
  const { dataKey, ring: deviceRing } = await createKeyRing(deviceKey);
  const record = await sealRecord(dataKey, address, text('he waited outside at 07:40'));
  const { ring, recoveryCode } = await setPasscode(dataKey, '482913', derive, cost);
  return { deviceKey, dataKey, deviceRing, record, ring, recoveryCode };
}

function withFlippedWrap(ring: KeyRing, method: string): KeyRing {
  return {
    wraps: ring.wraps.map((wrap) => {
      if (wrap.method !== method) return wrap;
      const sealed = new Uint8Array(wrap.sealed);
      sealed[20] ^= 0x04;
      return { ...wrap, sealed };
    }),
  };
}

describe('key ring', () => {
  it('without a passcode, the device key unwraps the data key', async () => {
    const deviceKey = await newDeviceKey();
    const { dataKey, ring } = await createKeyRing(deviceKey);
    const record = await sealRecord(dataKey, address, text('note'));
    expect(hasPasscode(ring)).toBe(false);
    expect(await readsRecord(await unlockWithDeviceKey(ring, deviceKey), record)).toBe('note');
    await expect(unlockWithDeviceKey(ring, await newDeviceKey())).rejects.toBeInstanceOf(DecryptionError);
    await expect(unlockWithPasscode(ring, '123456', derive)).rejects.toBeInstanceOf(NoSuchWrapError);
  });

  it('the device key cannot be read out by script', async () => {
    const deviceKey = await newDeviceKey();
    expect(deviceKey.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('raw', deviceKey)).rejects.toThrow();
  });

  it('with a passcode: the passcode unwraps, a wrong one fails, and the device alone no longer does', async () => {
    const { deviceKey, record, ring } = await lockedRing();
    expect(hasPasscode(ring)).toBe(true);
    expect(await readsRecord(await unlockWithPasscode(ring, '482913', derive), record)).toBe('he waited outside at 07:40');
    await expect(unlockWithPasscode(ring, '482914', derive)).rejects.toBeInstanceOf(DecryptionError);
    await expect(unlockWithDeviceKey(ring, deviceKey)).rejects.toBeInstanceOf(NoSuchWrapError);
    expect(ring.wraps.map((wrap) => wrap.method).sort()).toEqual(['passcode', 'recovery']);
  });

  it('stores the Argon2id parameters and salt beside the wrapped key', async () => {
    const { ring } = await lockedRing();
    const params = passcodeParams(ring);
    expect(params).toMatchObject({ algorithm: 'argon2id', memoryKiB: cost.memoryKiB, iterations: cost.iterations, parallelism: 1 });
    expect(params.salt).toHaveLength(16);
  });

  it('the recovery code unwraps the data key, however it is typed', async () => {
    const { record, ring, recoveryCode } = await lockedRing();
    expect(await readsRecord(await unlockWithRecoveryCode(ring, recoveryCode), record)).toBe('he waited outside at 07:40');
    const typedLoosely = recoveryCode.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l');
    expect(await readsRecord(await unlockWithRecoveryCode(ring, typedLoosely), record)).toBe('he waited outside at 07:40');
  });

  it('a mistyped recovery code is caught by its check; another valid code fails to decrypt', async () => {
    const { ring, recoveryCode } = await lockedRing();
    const last = recoveryCode.at(-1)!;
    const typo = recoveryCode.slice(0, -1) + (last === 'A' ? 'B' : 'A');
    await expect(unlockWithRecoveryCode(ring, typo)).rejects.toBeInstanceOf(RecoveryCodeTypoError);
    const { recoveryCode: otherCode } = await lockedRing();
    await expect(unlockWithRecoveryCode(ring, otherCode)).rejects.toBeInstanceOf(DecryptionError);
  });

  it('a passcode change re-wraps: old records stay readable, the old passcode fails, the recovery code still works', async () => {
    const { dataKey, record, ring, recoveryCode } = await lockedRing();
    const changed = await changePasscode(ring, dataKey, 'en lang sætning om vejret', derive, cost);
    expect(await readsRecord(await unlockWithPasscode(changed, 'en lang sætning om vejret', derive), record)).toBe('he waited outside at 07:40');
    await expect(unlockWithPasscode(changed, '482913', derive)).rejects.toBeInstanceOf(DecryptionError);
    expect(await readsRecord(await unlockWithRecoveryCode(changed, recoveryCode), record)).toBe('he waited outside at 07:40');
    expect(passcodeParams(changed).salt).not.toEqual(passcodeParams(ring).salt);
  });

  it('turning the lock off goes back to the device key; old passcode and recovery code open nothing', async () => {
    const { dataKey, deviceKey, record, ring, recoveryCode } = await lockedRing();
    const unlocked = await removePasscode(dataKey, deviceKey);
    expect(await readsRecord(await unlockWithDeviceKey(unlocked, deviceKey), record)).toBe('he waited outside at 07:40');
    await expect(unlockWithPasscode(unlocked, '482913', derive)).rejects.toBeInstanceOf(NoSuchWrapError);
    await expect(unlockWithRecoveryCode(unlocked, recoveryCode)).rejects.toBeInstanceOf(NoSuchWrapError);
    expect(hasPasscode(ring)).toBe(true);
  });

  it('one flipped byte in any wrapped key fails loudly', async () => {
    const { deviceKey, deviceRing, ring, recoveryCode } = await lockedRing();
    await expect(unlockWithDeviceKey(withFlippedWrap(deviceRing, 'device'), deviceKey)).rejects.toBeInstanceOf(DecryptionError);
    await expect(unlockWithPasscode(withFlippedWrap(ring, 'passcode'), '482913', derive)).rejects.toBeInstanceOf(DecryptionError);
    await expect(unlockWithRecoveryCode(withFlippedWrap(ring, 'recovery'), recoveryCode)).rejects.toBeInstanceOf(DecryptionError);
  });

  it('a wrapped key moved to another method does not open', async () => {
    const { ring, recoveryCode } = await lockedRing();
    const passcode = ring.wraps.find((wrap) => wrap.method === 'passcode')!;
    const swapped: KeyRing = { wraps: ring.wraps.map((wrap) => (wrap.method === 'recovery' ? { ...wrap, sealed: passcode.sealed } : wrap)) };
    await expect(unlockWithRecoveryCode(swapped, recoveryCode)).rejects.toBeInstanceOf(DecryptionError);
  });
});
