// First-load weight: gzip size of the JS and CSS the first screen needs (index.html's entry script and stylesheet
// and the chunks it preloads as static imports). Budget from design.md: 60 KB gzipped. Used by the benchmark
// (which prints it) and by the size gate in `npm test` (tests/e2e/size-budget.test.ts, which fails over it).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const firstLoadBudgetBytes = 60 * 1024;

/** Each first-load file of a build with its raw and gzipped byte counts, and the gzipped total. */
export async function measureFirstLoad(buildDir) {
  const html = await readFile(join(buildDir, 'index.html'), 'utf8');
  const firstLoad = [
    ...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="(?:stylesheet|modulepreload)"[^>]+href="([^"]+)"/g),
  ].map((match) => match[1]);
  const files = [];
  for (const file of [...new Set(firstLoad)]) {
    const bytes = await readFile(join(buildDir, file.replace(/^\//, '')));
    files.push({ file, rawBytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length });
  }
  return { files, totalGzipBytes: files.reduce((sum, file) => sum + file.gzipBytes, 0) };
}

/**
 * What each way of starting loads before its first screen, from the build's chunk manifest (JS and CSS, gzip):
 * `lockScreen` (a passcode is set: the shell and the lock screen; Argon2id's worker loads beside it, not counted)
 * and `timeline` (no passcode: the shell, the key ring and store cipher that open the log, and the timeline), each
 * with the first screen's messages of one language (the heavier one).
 */
export async function measureStartPaths(buildDir) {
  const manifest = JSON.parse(await readFile(join(buildDir, '.vite', 'manifest.json'), 'utf8'));
  const keyOf = (pattern) => {
    const key = Object.keys(manifest).find((name) => pattern.test(name) || pattern.test(manifest[name].file));
    if (!key) throw new Error(`No chunk matches ${pattern} in the build's manifest`);
    return key;
  };
  const filesOf = (keys) => {
    const files = new Set();
    const visit = (key) => {
      const chunk = manifest[key];
      if (!chunk || files.has(chunk.file)) return;
      files.add(chunk.file);
      for (const css of chunk.css ?? []) files.add(css);
      for (const imported of chunk.imports ?? []) visit(imported);
    };
    keys.forEach(visit);
    return [...files];
  };
  const weigh = async (keys) => {
    const files = [];
    for (const file of filesOf(keys)) {
      const bytes = await readFile(join(buildDir, file));
      files.push({ file, gzipBytes: gzipSync(bytes, { level: 9 }).length });
    }
    return { files, totalGzipBytes: files.reduce((sum, file) => sum + file.gzipBytes, 0) };
  };
  // The first screen's messages come in the language in use only (src/i18n/languagePacks.ts): the heavier one counts.
  const heavier = async (keys) => {
    const [danish, english] = [await weigh([...keys, keyOf(/^src\/i18n\/firstScreen\/loadDa\.ts$/)]), await weigh([...keys, keyOf(/^src\/i18n\/firstScreen\/loadEn\.ts$/)])];
    return danish.totalGzipBytes >= english.totalGzipBytes ? danish : english;
  };
  return {
    lockScreen: await heavier(['index.html', keyOf(/^src\/screens\/Lock\/index\.tsx$/)]),
    timeline: await heavier(['index.html', keyOf(/^src\/app\/openLog\.ts$/), keyOf(/^src\/screens\/Timeline\/load\.ts$/)]),
  };
}
