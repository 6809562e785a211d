import { describe, expect, inject, it } from 'vitest';
import { firstLoadBudgetBytes, measureFirstLoad, measureStartPaths } from '../bench/firstLoad.mjs';

describe('first-screen weight', () => {
  it('keeps the JS and CSS the first screen loads within 60 KB gzipped (a byte count on the built files)', async () => {
    const { files, totalGzipBytes } = await measureFirstLoad(inject('buildDir'));
    // The entry script and its stylesheet are always there; an empty list would make the gate pass by measuring nothing.
    expect(files.some(({ file }) => file.endsWith('.js'))).toBe(true);
    expect(files.some(({ file }) => file.endsWith('.css'))).toBe(true);
    expect(totalGzipBytes, files.map(({ file, gzipBytes }) => `${file} ${gzipBytes} B`).join(', ')).toBeLessThanOrEqual(firstLoadBudgetBytes);
  });

  it('keeps the lock screen’s first load (shell and lock screen; Argon2id and unlocking load beside it) within 60 KB gzipped', async () => {
    const { lockScreen } = await measureStartPaths(inject('buildDir'));
    expect(lockScreen.files.some(({ file }) => /Lock-[^/]+\.js$/.test(file))).toBe(true);
    expect(lockScreen.files.some(({ file }) => /lockActions|keyRing|openLog/.test(file)), 'unlocking loads beside the screen').toBe(false);
    expect(lockScreen.totalGzipBytes, lockScreen.files.map(({ file, gzipBytes }) => `${file} ${gzipBytes} B`).join(', ')).toBeLessThanOrEqual(firstLoadBudgetBytes);
  });

  it('keeps the first load without a passcode (shell, the device key’s start, the log, one language) within 60 KB gzipped', async () => {
    const { timeline } = await measureStartPaths(inject('buildDir'));
    expect(timeline.files.some(({ file }) => /openLog-[^/]+\.js$/.test(file))).toBe(true);
    expect(timeline.files.some(({ file }) => /Timeline-[^/]+\.js$/.test(file))).toBe(true);
    // One language's first-screen pack, never both.
    expect(timeline.files.filter(({ file }) => /\/(da|en)-[^/]+\.js$/.test(file))).toHaveLength(1);
    // The passcode's key ring and actions, Argon2id's bridge, the recovery code's SHA-256, and date-fns `format`.
    expect(timeline.files.map(({ file }) => file).filter((file) => /lockActions|passcodeRing|keyDerivation|sha2|format-/.test(file))).toEqual([]);
    expect(timeline.totalGzipBytes, timeline.files.map(({ file, gzipBytes }) => `${file} ${gzipBytes} B`).join(', ')).toBeLessThanOrEqual(firstLoadBudgetBytes);
  });
});
