// How long a person must wait before the next unlock attempt. Three tries are free (fingers slip); after that the wait
// doubles from 5 seconds up to 10 minutes. Never a wipe: a wipe would destroy the evidence a stalker wants gone.
const freeAttempts = 3;
const firstWaitMs = 5_000;
const longestWaitMs = 10 * 60_000;

export function unlockWaitMs(failures: number): number {
  if (failures < freeAttempts) return 0;
  return Math.min(longestWaitMs, firstWaitMs * 2 ** (failures - freeAttempts));
}

/** When the next attempt is allowed, given the failed attempts' times (epoch ms). */
export function nextAttemptAt(failureTimes: readonly number[]): number {
  if (failureTimes.length === 0) return 0;
  return failureTimes[failureTimes.length - 1] + unlockWaitMs(failureTimes.length);
}

/** A passcode is six characters or more: six digits, or a passphrase. */
export const shortestPasscode = 6;

export type PasscodeProblem = 'tooShort' | 'mismatch';

export function passcodeProblem(passcode: string, repeated: string): PasscodeProblem | undefined {
  if ([...passcode].length < shortestPasscode) return 'tooShort';
  if (passcode !== repeated) return 'mismatch';
  return undefined;
}
