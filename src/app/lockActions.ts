import { derivePasscodeKeyInWorker } from '../crypto/keyDerivation';
import { isWeakerThan } from '../crypto/kdfParams';
import type { DataKey } from '../crypto/dataKey';
import { newDeviceKey, type KeyRing } from '../crypto/keyRing';
import {
  changePasscode,
  passcodeParams,
  RecoveryCodeTypoError,
  removePasscode,
  setPasscode,
  unlockWithPasscode,
  unlockWithRecoveryCode,
} from '../crypto/passcodeRing';
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
import { nextAttemptAt } from '../domain/unlockPace';
import { autoLockMinutes, failedAttemptsSeen, lockIsOn, unlockedDataKey } from './lock';
import { openStore } from './openStore';
import { readIncidentsAhead } from '../db/incidentIndex';

// Unlocking with the passcode or recovery code, and turning the lock on, off or to a new passcode. Loaded with the
// lock screen and Settings, never in the first paint: it pulls in the passcode's key ring and (in a worker) Argon2id.

export type UnlockOutcome =
  | { ok: true }
  | { ok: false; problem: 'wrong' | 'wait'; retryAt: number }
  | { ok: false; problem: 'typo' };

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
  if (opened === openStore) readIncidentsAhead();
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
