// fake-indexeddb gives every test file an IndexedDB; tests that need a clean one call freshDatabase().
import 'fake-indexeddb/auto';

// Waiting for the screen (findBy, waitFor) gets the same room: a loaded machine is slow, not wrong.
import { configure } from '@testing-library/preact';
configure({ asyncUtilTimeout: 10_000 });
