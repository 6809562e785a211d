// `npm run audit`: Lighthouse 12 (mobile, simulated throttling) against the built app served as in production.
// Builds into a temporary folder, or audits the folder given as the first argument (e.g. `dist`).
// Prints performance, accessibility and best-practices scores and every audit that lost points; fails below 95.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { build } from 'vite';
import { startServer } from '../../scripts/serve.mjs';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';

const minimumScore = 95;
const categories = ['performance', 'accessibility', 'best-practices'];
const routes = (process.env.AUDIT_ROUTES ?? '/').split(',');

let root = process.argv[2];
let ownBuild;
if (!root) {
  ownBuild = root = await mkdtemp(join(tmpdir(), 'spor-lighthouse-'));
  await build({ logLevel: 'error', build: { outDir: root, emptyOutDir: true } });
}
const server = await startServer({ root });
const chrome = await chromeLauncher.launch({
  chromePath: chromiumPath,
  chromeFlags: ['--headless=new', ...chromiumArgs, '--disable-dev-shm-usage'],
});
let failed = false;
try {
  for (const route of routes) {
    const url = `${server.url}${route}`;
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories });
    const { lhr } = result;
    console.log(`\nLighthouse ${lhr.lighthouseVersion} (${lhr.configSettings.formFactor}) ${url}`);
    for (const id of categories) {
      const category = lhr.categories[id];
      const score = Math.round((category.score ?? 0) * 100);
      if (score < minimumScore) failed = true;
      console.log(`  ${category.title.padEnd(16)} ${String(score).padStart(3)}${score < minimumScore ? `  (below ${minimumScore})` : ''}`);
      for (const ref of category.auditRefs) {
        const audit = lhr.audits[ref.id];
        if (ref.weight > 0 && audit.score !== null && audit.score < 1) {
          console.log(`    - ${audit.id}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
        }
      }
    }
    for (const metric of ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index']) {
      console.log(`  ${lhr.audits[metric].title.padEnd(26)} ${lhr.audits[metric].displayValue}`);
    }
  }
} finally {
  await chrome.kill();
  await server.close();
  if (ownBuild) await rm(ownBuild, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
