import { describe, expect, it } from 'vitest';
import { evidenceNotes, nameAndSizeNotes, wallTimeAsUtc } from '../../src/domain/evidenceNotes';
import { evidenceNoteText } from '../../src/i18n/evidenceNoteText';
import '../../src/i18n/laterMessages';

const addedAt = Date.UTC(2026, 10, 28, 12);
const photo = { fileName: 'IMG_2041.jpg', mimeType: 'image/jpeg', size: 2_000_000, addedAt };

describe('suspicious facts about a file are flagged', () => {
  it('an ordinary photo has nothing to say', () => {
    expect(evidenceNotes({ ...photo, capturedAt: addedAt - 3_600_000 })).toEqual([]);
  });

  it('a capture time decades in the future, or before 1990', () => {
    expect(evidenceNotes({ ...photo, capturedAt: Date.UTC(2061, 0, 1) })).toEqual([{ kind: 'captureInFuture' }]);
    expect(evidenceNotes({ ...photo, capturedAt: Date.UTC(1980, 0, 1) })).toEqual([{ kind: 'captureTooOld' }]);
    // Within a day after adding is a zone mix-up, not a wrong clock.
    expect(evidenceNotes({ ...photo, capturedAt: addedAt + 10 * 3_600_000 })).toEqual([]);
  });

  it('an empty file, and a name that lies about the content', () => {
    expect(evidenceNotes({ ...photo, size: 0 })).toEqual([{ kind: 'empty' }]);
    expect(evidenceNotes({ ...photo, fileName: 'invoice\u202egpj.exe' })).toEqual([
      { kind: 'hiddenCharacters' }, { kind: 'extensionMismatch', extension: 'exe', contentType: 'image/jpeg' },
    ]);
    expect(nameAndSizeNotes('tom.txt', 0)).toEqual([{ kind: 'empty' }]);
  });

  it('each note reads as a sentence in Danish and English', () => {
    const note = { kind: 'extensionMismatch', extension: 'exe', contentType: 'image/jpeg' } as const;
    expect(evidenceNoteText(note, 'da')).toBe('Navnet ender på .exe, men indholdet er image/jpeg.');
    expect(evidenceNoteText(note, 'en')).toBe('The name ends in .exe, but the content is image/jpeg.');
    expect(evidenceNoteText({ kind: 'empty' }, 'da')).toBe('Filen er tom (0 byte): den indeholder intet.');
  });

  it('an EXIF wall time keeps its digits', () => {
    expect(new Date(wallTimeAsUtc('2026-03-29T02:30:00')).toISOString()).toBe('2026-03-29T02:30:00.000Z');
  });
});
