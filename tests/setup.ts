// fake-indexeddb gives every test file an IndexedDB; tests that need a clean one call freshDatabase().
import 'fake-indexeddb/auto';

// Waiting for the screen (findBy, waitFor) gets the same room: a loaded machine is slow, not wrong.
import { configure } from '@testing-library/preact';
configure({ asyncUtilTimeout: 10_000 });

// The store is sealed as in the app: every test file starts unlocked with a fresh data key (lock tests take it away).
import { afterAll, beforeAll } from 'vitest';
import { newDataKey } from '../src/crypto/dataKey';
import { useStoreCipher } from '../src/db/sealing';
import { storeCipherFor } from '../src/db/storeCipher';
beforeAll(async () => useStoreCipher(storeCipherFor(await newDataKey())));

// Both languages' first-screen messages and date names, as every screen loaded after the first one has them (the app
// itself loads the language in use at start: tests/i18n/languagePacks.test.ts).
import '../src/i18n/bothLanguages';

// Preact runs effects after the next frame, with a 100 ms timer beside it that calls cancelAnimationFrame: a jsdom file
// torn down before that timer fires throws from it (seen once under load). A few frames at the end let them all run.
afterAll(async () => {
  if (typeof requestAnimationFrame !== 'function') return;
  for (let frame = 0; frame < 3; frame++) await new Promise((done) => requestAnimationFrame(() => setTimeout(done)));
});
