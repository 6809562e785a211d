import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

// Two projects, one command: `unit` (node and jsdom, fake-indexeddb) and `e2e` (real Chromium against the built app).
export default defineConfig({
  plugins: [preact()],
  test: {
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
          // One browser at a time: the machine has two cores and builds share them.
          fileParallelism: false,
          // A page's lazy screens and stored rows take seconds on a slow or loaded machine, not expect.poll's default 1 s.
          expect: { poll: { timeout: 20_000 } },
        },
      },
    ],
  },
});
