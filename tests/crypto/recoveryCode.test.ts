import { describe, expect, it } from 'vitest';
import { newRecoveryCode, readRecoveryCode, recoveryCodeBits } from '../../src/crypto/recoveryCode';

describe('recovery code', () => {
  it('is 7 groups of 4 from an alphabet without I, L, O or U, holding 128 bits or more', () => {
    const code = newRecoveryCode();
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){6}$/);
    expect(recoveryCodeBits).toBeGreaterThanOrEqual(128);
  });

  it('is new every time', () => {
    const codes = new Set(Array.from({ length: 1000 }, newRecoveryCode));
    expect(codes.size).toBe(1000);
  });

  it('reads back however it is typed', () => {
    const code = newRecoveryCode();
    const payload = code.replace(/-/g, '').slice(0, 26);
    for (const typed of [code, code.toLowerCase(), code.replace(/-/g, ''), ` ${code.replace(/-/g, '  ')} `, code.replace(/0/g, 'O').replace(/1/g, 'I')]) {
      expect(readRecoveryCode(typed)).toEqual({ ok: true, payload });
    }
  });

  it('names what is wrong with a mistyped code', () => {
    const code = newRecoveryCode();
    expect(readRecoveryCode(code.slice(0, -1))).toEqual({ ok: false, problem: 'length' });
    expect(readRecoveryCode(code.slice(0, -1) + 'U')).toEqual({ ok: false, problem: 'characters' });
    // Change each symbol in turn to another: the check catches at least all but a rare few of the 28 single typos.
    let caught = 0;
    const symbols = code.replace(/-/g, '');
    for (let index = 0; index < symbols.length; index++) {
      const replacement = symbols[index] === 'A' ? 'B' : 'A';
      const typo = symbols.slice(0, index) + replacement + symbols.slice(index + 1);
      if (!readRecoveryCode(typo).ok) caught++;
    }
    expect(caught).toBeGreaterThanOrEqual(27);
  });
});
