import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { verifyLog } from '../../src/db';
import { db } from '../../src/db/database';
import { walkChain } from '../../src/domain/integrity/chain';
import { compareRecords } from '../../src/domain/integrity/compare';
import { replay, type ReplayedRecord } from '../../src/domain/integrity/replay';
import { freshDatabase } from '../helpers/db';
import { run, step } from '../helpers/randomLog';

// Random sequences of every writing verb: the history replays exactly to what is stored, and the log verifies clean.
describe('replay property', () => {
  it('any sequence of writes replays exactly to the stored state, and verifies clean', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 25 }), async (steps) => {
        freshDatabase();
        await run(steps);
        const revisions = await db.revisions.orderBy('seq').toArray();
        const stored = {
          incidents: (await db.incidents.toArray()) as unknown as ReplayedRecord[],
          attachments: (await db.attachments.toArray()) as unknown as ReplayedRecord[],
          people: (await db.people.toArray()) as unknown as ReplayedRecord[],
          caseDetails: (await db.caseDetails.toArray()) as unknown as ReplayedRecord[],
        };
        expect(compareRecords(replay(revisions), stored)).toEqual([]);
        expect(walkChain(revisions).problems).toEqual([]);
        expect((await verifyLog()).ok).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
