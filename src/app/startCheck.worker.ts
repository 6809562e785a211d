/// <reference lib="webworker" />
// The quiet check after start runs here, so walking and replaying a large history never stalls the page.
import { verifyLog } from '../db/verify';

declare const self: DedicatedWorkerGlobalScope;

/** Chain, records and heads in full; files by presence and size only (Settings, export and the detail screen re-read them). */
self.onmessage = () => {
  verifyLog({ files: 'present' }).then(
    (verification) => self.postMessage(verification.ok),
    () => self.postMessage(true), // a check that could not run (e.g. the database is being upgraded) says nothing
  );
};
