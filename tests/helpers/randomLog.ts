import fc from 'fast-check';
import {
  addIncident, attachFile, eraseIncident, listPeople, removeAttachment, removePerson, restoreIncident, saveCaseDetails, savePerson,
  trashIncident, updateIncident,
} from '../../src/db';
import { db } from '../../src/db/database';
import { incidentInput } from './db';

// Random sequences of every writing verb, for property tests of the history and of backups. Text comes in many scripts.

export type Step =
  | { verb: 'create'; text: string; ended: boolean }
  | { verb: 'edit'; pick: number; text: string; ended: boolean; key: boolean }
  | { verb: 'attach'; pick: number; text: string }
  | { verb: 'remove'; pick: number }
  | { verb: 'trash'; pick: number }
  | { verb: 'restore'; pick: number }
  | { verb: 'erase'; pick: number }
  | { verb: 'person'; pick: number; name: string; remove: boolean }
  | { verb: 'case'; name: string };

const pick = fc.nat(20);
const text = fc.oneof(fc.string({ maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 12 }), fc.constantFrom('Æblegrød på ø', 'Он стоял у двери', 'كان واقفاً', '他在门口', 'ślęża żółć', '🙂 👀'));
export const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ verb: fc.constant('create' as const), text, ended: fc.boolean() }),
  fc.record({ verb: fc.constant('edit' as const), pick, text, ended: fc.boolean(), key: fc.boolean() }),
  fc.record({ verb: fc.constant('attach' as const), pick, text }),
  fc.record({ verb: fc.constant('remove' as const), pick }),
  fc.record({ verb: fc.constant('trash' as const), pick }),
  fc.record({ verb: fc.constant('restore' as const), pick }),
  fc.record({ verb: fc.constant('erase' as const), pick }),
  fc.record({ verb: fc.constant('person' as const), pick, name: text, remove: fc.boolean() }),
  fc.record({ verb: fc.constant('case' as const), name: text }),
);

const base = Date.UTC(2026, 0, 15, 12);
const chosen = <T>(list: T[], index: number): T | undefined => (list.length ? list[index % list.length] : undefined);

export async function run(steps: Step[]): Promise<void> {
  let clock = base + 86_400_000;
  const at = () => (clock += 1000);
  for (const current of steps) {
    const incidents = await db.incidents.toArray();
    const live = incidents.filter((row) => !row.trashed);
    const trashed = incidents.filter((row) => row.trashed);
    switch (current.verb) {
      case 'create':
        await addIncident(incidentInput({ description: current.text, ...(current.ended ? { endedAt: base + 60_000 } : {}) }), at());
        break;
      case 'edit': {
        const target = chosen(live, current.pick);
        if (target) await updateIncident(target.id, incidentInput({ description: current.text, keyExample: current.key, endedAt: current.ended ? base + 120_000 : undefined }), at());
        break;
      }
      case 'attach': {
        const target = chosen(live, current.pick);
        if (target) await attachFile(target.id, new Blob([current.text || 'x']), { fileName: `${current.text}.txt`, now: at() });
        break;
      }
      case 'remove': {
        const target = chosen(await db.attachments.toArray(), current.pick);
        if (target) await removeAttachment(target.id, at());
        break;
      }
      case 'trash': { const target = chosen(live, current.pick); if (target) await trashIncident(target.id, at()); break; }
      case 'restore': { const target = chosen(trashed, current.pick); if (target) await restoreIncident(target.id, at()); break; }
      case 'erase': { const target = chosen(trashed, current.pick); if (target) await eraseIncident(target.id, at()); break; }
      case 'person': {
        const target = chosen(await listPeople(), current.pick);
        if (target && current.remove) await removePerson(target.id, at());
        else await savePerson({ ...(target ?? {}), name: current.name, relation: '', phones: [current.name], emails: [], profiles: [], vehicle: '', description: '' }, at());
        break;
      }
      case 'case':
        await saveCaseDetails({ ownName: current.name, clearNoDate: '', clearNoNote: '', restrainingOrders: [] }, at());
        break;
    }
  }
}
