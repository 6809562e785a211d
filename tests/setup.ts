// fake-indexeddb gives every test file an IndexedDB; tests that need a clean one call freshDatabase().
import 'fake-indexeddb/auto';
