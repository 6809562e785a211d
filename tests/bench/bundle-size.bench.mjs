// Prints the first-load weight (JS + CSS the first screen needs, gzip) of a fresh build against the 60 KB budget.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { firstLoadBudgetBytes, measureFirstLoad } from './firstLoad.mjs';

const outDir = await mkdtemp(join(tmpdir(), 'spor-bundle-size-'));
try {
  await build({ logLevel: 'error', build: { outDir, emptyOutDir: true } });
  const { files, totalGzipBytes } = await measureFirstLoad(outDir);
  for (const { file, rawBytes, gzipBytes } of files) {
    console.log(`${file.padEnd(48)} ${(rawBytes / 1024).toFixed(1).padStart(7)} KB raw ${(gzipBytes / 1024).toFixed(1).padStart(6)} KB gzip`);
  }
  const within = totalGzipBytes <= firstLoadBudgetBytes;
  console.log(`first load (JS + CSS, gzip): ${(totalGzipBytes / 1024).toFixed(1)} KB, ${within ? 'within' : 'OVER'} the ${firstLoadBudgetBytes / 1024} KB budget`);
  process.exitCode = within ? 0 : 1;
} finally {
  await rm(outDir, { recursive: true, force: true });
}
