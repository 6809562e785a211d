import { describe, expect, it } from 'vitest';
import { validateIncident, futureToleranceMs } from '../../src/domain/validation';
import { incidentInput } from '../helpers/db';

const now = Date.UTC(2026, 10, 28, 12);

describe('validateIncident', () => {
  it('accepts kind and time alone', () => {
    expect(validateIncident({ kind: 'call', occurredAt: now }, now)).toEqual([]);
  });

  it('names a missing kind and a missing time', () => {
    expect(validateIncident({}, now).map((problem) => problem.message)).toEqual(['validation.kindMissing', 'validation.timeMissing']);
    expect(validateIncident({ kind: 'nonsense' as never, occurredAt: Number.NaN }, now).map((problem) => problem.field)).toEqual(['kind', 'occurredAt']);
  });

  it('allows a phone clock a little ahead, but not a date in the future', () => {
    expect(validateIncident({ kind: 'call', occurredAt: now + futureToleranceMs }, now)).toEqual([]);
    expect(validateIncident({ kind: 'call', occurredAt: now + futureToleranceMs + 1 }, now)).toEqual([{ field: 'occurredAt', message: 'validation.timeInFuture' }]);
  });

  it('refuses an end before the start or in the future', () => {
    expect(validateIncident({ kind: 'following', occurredAt: now - 1000, endedAt: now - 2000 }, now)).toEqual([{ field: 'endedAt', message: 'validation.endBeforeStart' }]);
    expect(validateIncident({ kind: 'following', occurredAt: now - 1000, endedAt: now + 86_400_000 }, now)).toEqual([{ field: 'endedAt', message: 'validation.endInFuture' }]);
  });

  it('asks for a witness name when other witness details are given', () => {
    const input = incidentInput({ occurredAt: now, witnesses: [{ name: ' ', contact: '12345678', note: '' }] });
    expect(validateIncident(input, now)).toEqual([{ field: 'witnesses', message: 'validation.witnessNameMissing' }]);
  });

  it('refuses an implausible year', () => {
    expect(validateIncident({ kind: 'call', occurredAt: Date.UTC(1900, 0, 1) }, now)).toEqual([{ field: 'occurredAt', message: 'validation.timeTooOld' }]);
  });
});
