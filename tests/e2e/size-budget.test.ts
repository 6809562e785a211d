import { describe, expect, inject, it } from 'vitest';
import { firstLoadBudgetBytes, measureFirstLoad } from '../bench/firstLoad.mjs';

describe('first-screen weight', () => {
  it('keeps the JS and CSS the first screen loads within 60 KB gzipped (a byte count on the built files)', async () => {
    const { files, totalGzipBytes } = await measureFirstLoad(inject('buildDir'));
    // The entry script and its stylesheet are always there; an empty list would make the gate pass by measuring nothing.
    expect(files.some(({ file }) => file.endsWith('.js'))).toBe(true);
    expect(files.some(({ file }) => file.endsWith('.css'))).toBe(true);
    expect(totalGzipBytes, files.map(({ file, gzipBytes }) => `${file} ${gzipBytes} B`).join(', ')).toBeLessThanOrEqual(firstLoadBudgetBytes);
  });
});
