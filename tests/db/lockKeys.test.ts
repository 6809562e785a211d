import { beforeEach, describe, expect, it } from 'vitest';
import { derivePasscodeKey } from '../../src/crypto/argon2id';
import { argon2idMinimum } from '../../src/crypto/kdfParams';
import { createKeyRing, newDeviceKey, unlockWithDeviceKey } from '../../src/crypto/keyRing';
import { setPasscode, unlockWithPasscode } from '../../src/crypto/passcodeRing';
import {
  clearUnlockFailures,
  getAutoLockMinutes,
  loadDeviceKey,
  loadKeyRing,
  loadUnlockFailures,
  recordUnlockFailure,
  saveDeviceKey,
  saveKeyRing,
  setAutoLockMinutes,
} from '../../src/db/lockKeys';
import { freshDatabase } from '../helpers/db';

describe('what the lock stores', () => {
  beforeEach(() => {
    freshDatabase();
  });

  it('a key ring and the device key come back from the database and still open the data key', async () => {
    const deviceKey = await newDeviceKey();
    const { dataKey, ring } = await createKeyRing(deviceKey);
    await saveDeviceKey(deviceKey);
    await saveKeyRing(ring);
    const storedKey = await loadDeviceKey();
    expect(storedKey?.extractable).toBe(false);
    expect((await unlockWithDeviceKey((await loadKeyRing())!, storedKey!)).bytes).toEqual(dataKey.bytes);

    const locked = await setPasscode(dataKey, '135790', derivePasscodeKey, argon2idMinimum);
    await saveKeyRing(locked.ring);
    expect((await unlockWithPasscode((await loadKeyRing())!, '135790', derivePasscodeKey)).bytes).toEqual(dataKey.bytes);
  });

  it('counts failed attempts with their times until cleared', async () => {
    expect(await loadUnlockFailures()).toEqual({ times: [] });
    await recordUnlockFailure(1000);
    expect(await recordUnlockFailure(2000)).toEqual({ times: [1000, 2000] });
    await clearUnlockFailures();
    expect(await loadUnlockFailures()).toEqual({ times: [] });
  });

  it('locks after 5 minutes unless another time is chosen', async () => {
    expect(await getAutoLockMinutes()).toBe(5);
    await setAutoLockMinutes(15);
    expect(await getAutoLockMinutes()).toBe(15);
  });
});
