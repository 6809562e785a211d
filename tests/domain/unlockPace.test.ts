import { describe, expect, it } from 'vitest';
import { nextAttemptAt, passcodeProblem, unlockWaitMs } from '../../src/domain/unlockPace';

describe('pacing wrong passcodes', () => {
  it('lets three slips pass, then doubles the wait from 5 seconds up to 10 minutes', () => {
    expect([0, 1, 2].map(unlockWaitMs)).toEqual([0, 0, 0]);
    expect([3, 4, 5, 6].map(unlockWaitMs)).toEqual([5_000, 10_000, 20_000, 40_000]);
    expect(unlockWaitMs(20)).toBe(600_000);
    expect(unlockWaitMs(1000)).toBe(600_000);
  });

  it('counts the wait from the latest failure', () => {
    expect(nextAttemptAt([])).toBe(0);
    expect(nextAttemptAt([1000, 2000])).toBe(2000);
    expect(nextAttemptAt([1000, 2000, 3000])).toBe(8000);
  });
});

describe('a new passcode', () => {
  it('needs six characters or more, typed the same twice', () => {
    expect(passcodeProblem('12345', '12345')).toBe('tooShort');
    expect(passcodeProblem('123456', '123457')).toBe('mismatch');
    expect(passcodeProblem('123456', '123456')).toBeUndefined();
    expect(passcodeProblem('blåbær', 'blåbær')).toBeUndefined();
  });
});
