import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../src/i18n/catalogue';
import '../../src/i18n/laterMessages';
import { privatableFields } from '../../src/domain/types';

const sourceRoot = join(import.meta.dirname, '../../src');

function placeholders(message: string): string[] {
  return [...message.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
}

/** Every message key written literally in a t(...) call's first argument (also both sides of a `? :`). */
function keysUsedInScreens(): Map<string, string> {
  const used = new Map<string, string>();
  const files = readdirSync(sourceRoot, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.tsx'));
  for (const file of files) {
    const source = readFileSync(join(sourceRoot, file), 'utf8');
    for (const call of source.matchAll(/\bt\(\s*([^,)]*)/g)) {
      for (const literal of call[1].matchAll(/(['"`])([\w.-]+)\1/g)) {
        if (literal[2].includes('.')) used.set(literal[2], file);
      }
    }
  }
  return used;
}

describe('the message catalogue', () => {
  const danish = catalogue.da as Record<string, string>;
  const english = catalogue.en as Record<string, string>;

  it('has every key in both languages, each with a non-empty text', () => {
    expect(Object.keys(danish).sort()).toEqual(Object.keys(english).sort());
    const empty = Object.keys(danish).filter((key) => !danish[key]?.trim() || !english[key]?.trim());
    expect(empty).toEqual([]);
  });

  it('uses the same {placeholders} in Danish and English', () => {
    const mismatched = Object.keys(english).filter((key) => placeholders(english[key]).join() !== placeholders(danish[key]).join());
    expect(mismatched).toEqual([]);
  });

  it('knows every key a screen asks for', () => {
    const used = keysUsedInScreens();
    expect(used.size).toBeGreaterThan(20);
    const missing = [...used].filter(([key]) => !(key in english)).map(([key, file]) => `${key} (${file})`);
    expect(missing).toEqual([]);
  });

  it('names a field in the history and the report exactly as the editor labels it', () => {
    const editorLabel = { place: 'editor.placeText', description: 'editor.description', peopleInvolved: 'editor.peopleInvolved', effect: 'editor.effect', witnesses: 'editor.witnesses', police: 'editor.police' } as const;
    for (const messages of [danish, english]) {
      for (const field of privatableFields) {
        expect(messages[`incident.field.${field}`]).toBe(messages[editorLabel[field]].toLowerCase());
      }
    }
    expect(Object.values(danish).filter((text) => /betydning/i.test(text))).toEqual([]);
  });
});
