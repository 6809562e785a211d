import { derivePasscodeKeyInWorker } from '../crypto/keyDerivation';
import { isWeakerThan } from '../crypto/kdfParams';
import type { DataKey } from '../crypto/dataKey';
import {
  changePasscode,
  createKeyRing,
  newDeviceKey,
  passcodeParams,
  RecoveryCodeTypoError,
  removePasscode,
  setPasscode,
  unlockWithDeviceKey,
  unlockWithPasscode,
  unlockWithRecoveryCode,
  type KeyRing,
} from '../crypto/keyRing';
import { DecryptionError } from '../crypto/sealed';
import {
  clearUnlockFailures,
  loadDeviceKey,
  loadKeyRing,
  loadUnlockFailures,
  recordUnlockFailure,
  saveDeviceKey,
  saveKeyRing,
  setAutoLockMinutes,
} from '../db/lockKeys';
import type { MoveProgress } from '../db/moveToSealed';
import { plainDatabaseExists } from '../db/plainDatabase';
import { useStoreCipher } from '../db/sealing';
import { storeCipherFor } from '../db/storeCipher';
import { nextAttemptAt } from '../domain/unlockPace';
import { signal } from '@preact/signals';
import { autoLockMinutes, failedAttemptsSeen, lockIsOn, lockState, markUnlocked, unlockedDataKey } from './lock';

// Unlocking, and turning the lock on, off or to a new passcode. Loaded with the lock screen and Settings, never in
// the first paint: it pulls in the key ring and (in a worker) Argon2id.

export type UnlockOutcome =
  | { ok: true }
  | { ok: false; problem: 'wrong' | 'wait'; retryAt: number }
  | { ok: false; problem: 'typo' };

/** How far the move of an older version's plain log has come (shown while lockState is `moving`). */
export const moveProgress = signal<MoveProgress | undefined>(undefined);

/** Puts the data key to use: the store's cipher, then (once) the move of an older plain log, then the app. */
async function openStore(key: DataKey): Promise<void> {
  useStoreCipher(storeCipherFor(key));
  if (await plainDatabaseExists()) {
    lockState.value = 'moving';
    // Once per phone: the move (and the history check it runs) loads only when there is something to move.
    const { moveToSealed } = await import('../db/moveToSealed');
    await moveToSealed((progress) => (moveProgress.value = progress));
    moveProgress.value = undefined;
  }
  markUnlocked(key);
  performance.mark('spor:log-open');
}

/** Without a passcode: the device key unwraps the data key; on the very first start both are made. */
export async function openWithDeviceKey(ring: KeyRing | undefined): Promise<void> {
  let deviceKey = await loadDeviceKey();
  if (!ring) {
    deviceKey = await newDeviceKey();
    const created = await createKeyRing(deviceKey);
    await saveDeviceKey(deviceKey);
    await saveKeyRing(created.ring);
    return openStore(created.dataKey);
  }
  if (!deviceKey) throw new Error('The key that opens the log on this phone is missing');
  return openStore(await unlockWithDeviceKey(ring, deviceKey));
}

async function requireRing(): Promise<KeyRing> {
  const ring = await loadKeyRing();
  if (!ring) throw new Error('No key ring is stored');
  return ring;
}

/**
 * Tries one way of opening the key ring, paced and counted: never a wipe, however many attempts fail. `opened` puts
 * the key to use (by default: open the log with it).
 */
async function attempt(open: (ring: KeyRing) => Promise<DataKey>, opened: (key: DataKey) => Promise<void> = openStore): Promise<UnlockOutcome & { ring?: KeyRing }> {
  const failures = await loadUnlockFailures();
  const retryAt = nextAttemptAt(failures.times);
  if (Date.now() < retryAt) return { ok: false, problem: 'wait', retryAt };
  const ring = await requireRing();
  let key: DataKey;
  try {
    key = await open(ring);
    performance.mark('spor:key-unwrapped'); // the benchmark tells key derivation from decryption by it
  } catch (error) {
    if (error instanceof RecoveryCodeTypoError) return { ok: false, problem: 'typo' };
    if (!(error instanceof DecryptionError)) throw error;
    const after = await recordUnlockFailure();
    return { ok: false, problem: 'wrong', retryAt: nextAttemptAt(after.times) };
  }
  await clearUnlockFailures();
  failedAttemptsSeen.value = failures.times.length > 0 ? failures.times : undefined;
  await opened(key);
  return { ok: true, ring };
}

export async function unlockWithTypedPasscode(passcode: string): Promise<UnlockOutcome> {
  const outcome = await attempt((ring) => unlockWithPasscode(ring, passcode, derivePasscodeKeyInWorker));
  // Parameters stored by an older version are raised now, while the passcode is at hand.
  if (outcome.ok && outcome.ring && isWeakerThan(passcodeParams(outcome.ring))) {
    await saveKeyRing(await changePasscode(outcome.ring, unlockedDataKey()!, passcode, derivePasscodeKeyInWorker)).catch(() => undefined);
  }
  return outcome.ok ? { ok: true } : outcome;
}

/**
 * Asks for the passcode again while open (before an export, which takes the log off the phone): paced and counted like
 * an unlock. Without a passcode there is nothing to ask.
 */
export async function confirmTypedPasscode(passcode: string): Promise<UnlockOutcome> {
  if (!lockIsOn.value) return { ok: true };
  const outcome = await attempt((ring) => unlockWithPasscode(ring, passcode, derivePasscodeKeyInWorker), async () => undefined);
  return outcome.ok ? { ok: true } : outcome;
}

export async function unlockWithTypedRecoveryCode(code: string): Promise<UnlockOutcome> {
  const outcome = await attempt((ring) => unlockWithRecoveryCode(ring, code));
  return outcome.ok ? { ok: true } : outcome;
}

/** The data key while open (the lock's settings are reached only then). */
function openDataKey(): DataKey {
  const key = unlockedDataKey();
  if (!key) throw new Error('The log is locked');
  return key;
}

/** Turns the lock on; returns the recovery code, to be shown once. */
export async function turnOnLock(passcode: string): Promise<string> {
  const key = openDataKey();
  const { ring, recoveryCode } = await setPasscode(key, passcode, derivePasscodeKeyInWorker);
  await saveKeyRing(ring);
  lockIsOn.value = true;
  return recoveryCode;
}

export async function changeLockPasscode(passcode: string): Promise<void> {
  await saveKeyRing(await changePasscode(await requireRing(), openDataKey(), passcode, derivePasscodeKeyInWorker));
}

/** Back to the device key alone: the passcode and the recovery code open nothing any more. */
export async function turnOffLock(): Promise<void> {
  const key = openDataKey();
  let deviceKey = await loadDeviceKey();
  if (!deviceKey) {
    deviceKey = await newDeviceKey();
    await saveDeviceKey(deviceKey);
  }
  await saveKeyRing(await removePasscode(key, deviceKey));
  lockIsOn.value = false;
}

export async function chooseAutoLockMinutes(minutes: number): Promise<void> {
  await setAutoLockMinutes(minutes);
  autoLockMinutes.value = minutes;
}
