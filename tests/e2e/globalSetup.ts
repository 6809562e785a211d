import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startServer } from '../../scripts/serve.mjs';
import { buildApp } from './buildApp';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    buildDir: string;
  }
}

/** Builds the app once into a private folder and serves it on 127.0.0.1 for every browser test. */
export default async function setup(project: TestProject) {
  const buildDir = await mkdtemp(join(tmpdir(), 'spor-e2e-build-'));
  await buildApp(buildDir);
  const server = await startServer({ root: buildDir });
  project.provide('baseUrl', server.url);
  project.provide('buildDir', buildDir);
  return async () => {
    await server.close();
    await rm(buildDir, { recursive: true, force: true });
  };
}
