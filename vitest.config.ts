import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

// Two projects, one command: `unit` (node and jsdom, fake-indexeddb) and `e2e` (real Chromium against the built app).
export default defineConfig({
  plugins: [preact()],
  test: {
    // Two files at a time across both projects (the default here would be one: the machine has two cores, and Vitest
    // keeps one for itself). Most of a browser test is waiting (recordings in real time, service workers, workers);
    // each browser-test file has its own browser and profile, and the two that run servers of their own
    // (engines.test.ts, update.test.ts) take free ports. Both projects must share the number, or Vitest refuses to
    // run them side by side.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.{ts,tsx}'],
          exclude: ['tests/e2e/**', 'node_modules/**'],
          environment: 'node',
          setupFiles: ['tests/setup.ts'],
          env: { TZ: 'Europe/Copenhagen' },
          // The suite shares two cores with the browser tests' builds: allow slow work, never assert speed.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/globalSetup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // A page's lazy screens and stored rows take seconds on a slow or loaded machine, not expect.poll's default 1 s.
          expect: { poll: { timeout: 20_000 } },
        },
      },
    ],
  },
});
