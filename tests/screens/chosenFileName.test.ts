import { describe, expect, it } from 'vitest';
import { chosenFileName } from '../../src/screens/Export/chosenFileName';

describe('the file name the person chooses for an export', () => {
  it('keeps the suggested extension whether or not it was typed', () => {
    expect(chosenFileName('indkøb', 'rapport-2026-11-28.pdf')).toBe('indkøb.pdf');
    expect(chosenFileName('indkøb.PDF', 'rapport-2026-11-28.pdf')).toBe('indkøb.pdf');
    expect(chosenFileName('noter', 'rapport-2026-11-28-filer.zip')).toBe('noter.zip');
  });

  it('replaces characters a file system refuses and falls back to the suggestion when nothing is left', () => {
    expect(chosenFileName('a/b:c?', 'x.pdf')).toBe('a-b-c-.pdf');
    expect(chosenFileName('   ', 'x.pdf')).toBe('x.pdf');
    expect(chosenFileName('...', 'x.pdf')).toBe('x.pdf');
  });
});
