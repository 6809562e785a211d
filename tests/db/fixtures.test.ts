import { readFileSync } from 'node:fs';
import { sha256 } from '@noble/hashes/sha2.js';
import { describe, expect, it, vi } from 'vitest';
import { lockIsOn, lockState, startLock } from '../../src/app/lock';
import { unlockWithTypedPasscode } from '../../src/app/lockActions';
import { toHex } from '../../src/crypto/sha256';
import {
  getAttachmentFile,
  getCaseDetails,
  getIncident,
  getQuickExitSite,
  listAttachments,
  listDrafts,
  listIncidents,
  listIssuedHeads,
  listPeople,
  listRevisions,
  listTrash,
  loadDraft,
  verifyHistory,
  verifyLog,
} from '../../src/db';
import { useDatabase } from '../../src/db/database';
import { getAutoLockMinutes } from '../../src/db/lockKeys';
import { plainDatabaseExists } from '../../src/db/plainDatabase';
import { databaseName, SporDatabase } from '../../src/db/schema';
import type { Attachment, Incident } from '../../src/domain/types';
import { loadDump, type DatabaseDump } from '../fixtures/db/idbDump';
import * as story from '../fixtures/db/story';
import { closeTheApp, emptyPhone, startTheApp, storedText } from '../helpers/phone';

// The passcode's Argon2id runs in a worker in the app; Node has none, so the same function runs in the test's thread.
vi.mock('../../src/crypto/keyDerivation', () => import('../helpers/keyDerivationInThread'));

// Databases written by every released schema version (tests/fixtures/db/, see its README) open in the current code
// with nothing lost. Each is loaded into IndexedDB exactly as it was stored, the app is started as on a phone (the lock
// check; a passcode typed where one was set; an older plain log moved into the sealed one), and everything the story
// (tests/fixtures/db/story.ts) typed in is read back through the verbs. Expectations come from the story, never from
// the dump.

interface Fixture {
  file: string;
  /** The schema version the database was left at. */
  schemaVersion: number;
  /** Whose verbs wrote the story (an older one where a later version only opened the database). */
  writtenBy: number;
  passcode?: string;
}

const fixtures: Fixture[] = [
  { file: 'schema-v1.json', schemaVersion: 1, writtenBy: 1 },
  { file: 'schema-v2.json', schemaVersion: 2, writtenBy: 2 },
  { file: 'schema-v3.json', schemaVersion: 3, writtenBy: 3 },
  { file: 'schema-v4.json', schemaVersion: 4, writtenBy: 4 },
  { file: 'schema-v4-passcode.json', schemaVersion: 4, writtenBy: 4, passcode: story.fixturePasscode },
  // A phone that had version 1, then ran version 4 (its open-time conversion left the draft's picked file a Blob).
  { file: 'schema-v1-opened-by-v4.json', schemaVersion: 4, writtenBy: 1 },
  { file: 'schema-v5.json', schemaVersion: 5, writtenBy: 5, passcode: story.fixturePasscode },
];

const readDump = (file: string) => JSON.parse(readFileSync(`tests/fixtures/db/${file}`, 'utf8')) as DatabaseDump;
const hashOf = (bytes: Uint8Array) => toHex(sha256(bytes));
const hashOfBlob = async (blob: Blob) => hashOf(new Uint8Array(await blob.arrayBuffer()));
const incidentInputKeys = Object.keys(story.edited.final);

function inputOf(incident: Incident | undefined): Record<string, unknown> {
  expect(incident).toBeDefined();
  return Object.fromEntries(incidentInputKeys.map((key) => [key, incident![key as keyof Incident]]));
}

async function expectFiles(attachments: Attachment[], expected: story.StoryFile[]): Promise<void> {
  expect(attachments.map((attachment) => attachment.fileName).sort()).toEqual(expected.map((file) => file.name).sort());
  for (const file of expected) {
    const attachment = attachments.find((candidate) => candidate.fileName === file.name)!;
    expect(attachment).toMatchObject({ mimeType: file.type, size: file.bytes.length, sha256: hashOf(file.bytes), capturedAt: file.lastModified, capturedAtSource: 'file' });
    expect(await hashOfBlob(await getAttachmentFile(attachment.id))).toBe(hashOf(file.bytes));
  }
}

describe.each(fixtures)('a phone holding $file (schema version $schemaVersion)', ({ file, schemaVersion, writtenBy, passcode }) => {
  it('opens in the current code with nothing lost', async () => {
    await emptyPhone();
    const dump = readDump(file);
    expect(dump.madeBy.schemaVersion).toBe(schemaVersion);
    expect(dump.version).toBe(schemaVersion * 10);
    await loadDump(dump);

    if (passcode === undefined) await startTheApp();
    else {
      // The lock screen: a wrong passcode opens nothing, the right one opens the log.
      useDatabase(new SporDatabase());
      await startLock();
      expect(lockState.value).toBe('locked');
      expect(await unlockWithTypedPasscode('not the passcode')).toMatchObject({ ok: false, problem: 'wrong' });
      closeTheApp();
      await startTheApp(passcode);
    }

    // Moved and sealed: only the sealed database is left, and none of the story's text is readable in it.
    expect(await plainDatabaseExists()).toBe(false);
    expect((await indexedDB.databases()).map((database) => database.name)).toEqual([databaseName]);
    const raw = await storedText(databaseName);
    for (const text of [...Object.values(story.scripts), story.person.input.name, story.caseDetails.input.ownName]) expect(raw).not.toContain(text);
    expect(raw).toContain('keyRing'); // the scan does read what is stored: the lock's own rows are plain by design

    // Incidents: the edited one as last saved, the plain one, the trashed one still in the trash, the erased one gone.
    const live = await listIncidents();
    expect(live.map((incident) => incident.kind).sort()).toEqual(['call', 'email']);
    const edited = live.find((incident) => incident.kind === 'call')!;
    expect(inputOf(edited)).toEqual(story.edited.final);
    expect(edited.version).toBe(3);
    expect(inputOf(live.find((incident) => incident.kind === 'email'))).toEqual(story.plain.input);
    const trash = await listTrash();
    expect(trash).toHaveLength(1);
    expect(inputOf(trash[0])).toEqual(story.trashed.input);
    expect(trash[0]!.deletedAt).toBe(story.trashed.times.trashed);

    // Files: every byte (SHA-256 of what the story attached), the facts, the photo's preview.
    const editedFiles = await listAttachments(edited.id);
    await expectFiles(editedFiles, story.edited.files);
    const photo = editedFiles.find((attachment) => attachment.fileName === story.files.photo.name)!;
    expect(await hashOfBlob(photo.thumbnail!)).toBe(hashOf(story.previewStandIn));
    await expectFiles(await listAttachments(trash[0]!.id), [story.trashed.file]);

    // The Case: the person with their photo, the case details.
    const people = await listPeople();
    expect(people).toHaveLength(1);
    expect(people[0]).toMatchObject({ ...story.person.input, version: 1 });
    expect(await hashOfBlob(people[0]!.photo!)).toBe(hashOf(story.person.photo.bytes));
    const caseDetails = await getCaseDetails();
    expect(caseDetails).toMatchObject({ ...story.caseDetails.input, version: 1 });
    expect(caseDetails.trustedPeople).toEqual(writtenBy >= 5 ? story.trustedPeople : []);

    // The unsaved draft of a new incident, its text and its picked photo.
    const drafts = await listDrafts('new-incident:');
    expect(drafts).toHaveLength(1);
    const form = await loadDraft<{ form: { description: string; kind: string }; baseVersion: number }>(drafts[0]!, 'form');
    expect(form?.value).toMatchObject({ form: { description: story.draft.description, kind: 'call' }, baseVersion: 0 });
    const picked = await loadDraft<{ name: string; type: string; blob: Blob }[]>(drafts[0]!, 'files');
    expect(picked?.value.map(({ name, type }) => ({ name, type }))).toEqual([{ name: story.draft.file.name, type: story.draft.file.type }]);
    expect(await hashOfBlob(picked!.value[0]!.blob)).toBe(hashOf(story.draft.file.bytes));

    // The history: every entry, the chain and every record and file check, heads handed out still agree.
    const history = await verifyHistory();
    expect(history).toMatchObject({ ok: true, count: story.expectedRevisionCount(writtenBy) });
    expect((await listRevisions(edited.id)).map((revision) => revision.action)).toEqual(['create', 'attach', 'attach', 'edit', 'edit']);
    const check = await verifyLog();
    expect(check.ok, JSON.stringify(check)).toBe(true);
    expect(check.files).toMatchObject({ check: 'hashed', count: 3 });

    if (writtenBy >= 2) {
      expect(check.chain.erasures).toHaveLength(1);
      expect(await getIncident(check.chain.erasures[0]!.incidentId)).toBeUndefined();
      expect((await listIssuedHeads()).map(({ kind, count }) => ({ kind, count }))).toEqual([{ kind: 'report', count: story.expectedRevisionCount(writtenBy) }]);
      expect(await getQuickExitSite()).toBe(story.quickExitSite);
    }
    if (passcode !== undefined) expect(await getAutoLockMinutes()).toBe(story.autoLockMinutes);
    expect(lockIsOn.value).toBe(passcode !== undefined);
  });
});
