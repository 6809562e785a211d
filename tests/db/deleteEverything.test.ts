import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { addIncident } from '../../src/db';
import { deleteEverythingOnThisPhone } from '../../src/db/deleteEverything';
import { saveKeyRing } from '../../src/db/lockKeys';
import { freshDatabase, incidentInput } from '../helpers/db';

describe('delete everything on this phone', () => {
  it('removes the whole database, the lock’s keys included', async () => {
    const database = freshDatabase();
    await addIncident(incidentInput({ description: 'noget der skete' }));
    await saveKeyRing({ wraps: [] });
    expect(await Dexie.exists(database.name)).toBe(true);
    await deleteEverythingOnThisPhone();
    expect(await Dexie.exists(database.name)).toBe(false);
  });
});
