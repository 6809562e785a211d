import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { messages as firstScreenMessages } from '../../src/i18n/firstScreen/en';
import { laterAreas } from '../../src/i18n/laterMessages';

const sourceRoot = resolve(import.meta.dirname, '../../src');

function resolveImport(fromFile: string, specifier: string): string | undefined {
  const base = resolve(dirname(fromFile), specifier);
  return [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')].find(
    (candidate) => existsSync(candidate) && /\.tsx?$/.test(candidate),
  );
}

/** Every source file reached from main.tsx through static imports: what the first screen ships. */
function firstPaintFiles(): string[] {
  const seen = new Set<string>();
  const queue = [join(sourceRoot, 'main.tsx')];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    // Static imports only: `import x from '...'` and `import '...'`, never `import('...')`.
    for (const match of source.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+['"](\.[^'"]+)['"]|^\s*import\s+['"](\.[^'"]+)['"]/gm)) {
      if (/^\s*import\s+type\s/.test(match[0]) || /^\s*export\s+type\s/.test(match[0])) continue;
      const target = resolveImport(file, match[1] ?? match[2]);
      if (target) queue.push(target);
    }
  }
  return [...seen];
}

describe('first-paint messages', () => {
  const firstPaintKeys = new Set(Object.keys(firstScreenMessages));
  const laterKeys = new Set(laterAreas.flatMap((area) => Object.keys(area.en)));

  it('the first screen ships without the later areas and without the report', () => {
    const files = firstPaintFiles().map((file) => file.slice(sourceRoot.length + 1));
    // Before unlock only the lock check and the shell: the timeline loads once the key is there, the crypto beside it.
    expect(files).toContain('app/lock.ts');
    expect(files).not.toContain('screens/Timeline/index.tsx');
    expect(files.filter((file) => /^crypto\/(sealedSync|records|keyRing|recordCodec)\.ts$/.test(file))).toEqual([]);
    expect(files.filter((file) => /laterMessages|^report\/(?!types)|^backup\//.test(file))).toEqual([]);
    // The first screen's messages and date names load one language at a time, as the shell starts (languagePacks.ts).
    expect(files).toContain('i18n/languagePacks.ts');
    expect(files.filter((file) => /^i18n\/(firstScreen\/|bothLanguages)/.test(file))).toEqual([]);
    // The first screen only reads: writers (validation, hashing) and the verb barrel load later, and so do the
    // readers of typed days and times (date-fns parseISO); showing times in a zone (domain/zone.ts) is needed.
    expect(files.filter((file) => /^db\/(index|incidents|revisions|attachments)\.ts$|^domain\/(days|localTime)\.ts$/.test(file))).toEqual([]);
    expect(files).toContain('domain/zone.ts');
  });

  it('every message the first-paint code names is in the first-paint catalogue', () => {
    const missing: string[] = [];
    for (const file of firstPaintFiles()) {
      for (const literal of readFileSync(file, 'utf8').matchAll(/['"`]([a-zA-Z]+\.[\w.]+)['"`]/g)) {
        if (laterKeys.has(literal[1]) && !firstPaintKeys.has(literal[1])) missing.push(`${literal[1]} in ${file.slice(sourceRoot.length + 1)}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
