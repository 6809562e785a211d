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
