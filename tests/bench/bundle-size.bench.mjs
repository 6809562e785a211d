// First-load weight: gzip size of the JS and CSS the first screen needs (index.html's entry script and stylesheet
// and the chunks it preloads as static imports). Budget from design.md: 60 KB gzipped.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const budgetBytes = 60 * 1024;
const outDir = await mkdtemp(join(tmpdir(), 'spor-bundle-size-'));
try {
  await build({ logLevel: 'error', build: { outDir, emptyOutDir: true } });
  const html = await readFile(join(outDir, 'index.html'), 'utf8');
  const firstLoad = [
    ...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="(?:stylesheet|modulepreload)"[^>]+href="([^"]+)"/g),
  ].map((match) => match[1]);
  let total = 0;
  for (const file of [...new Set(firstLoad)]) {
    const bytes = await readFile(join(outDir, file.replace(/^\//, '')));
    const gzipped = gzipSync(bytes, { level: 9 }).length;
    total += gzipped;
    console.log(`${file.padEnd(48)} ${(bytes.length / 1024).toFixed(1).padStart(7)} KB raw ${(gzipped / 1024).toFixed(1).padStart(6)} KB gzip`);
  }
  const verdict = total <= budgetBytes ? 'within' : 'OVER';
  console.log(`first load (JS + CSS, gzip): ${(total / 1024).toFixed(1)} KB, ${verdict} the ${budgetBytes / 1024} KB budget`);
  process.exitCode = total <= budgetBytes ? 0 : 1;
} finally {
  await rm(outDir, { recursive: true, force: true });
}
