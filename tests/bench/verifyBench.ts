// Bench-only entry (tests/bench/verify-bench.html): seeds through the app's own db verbs, then times the verification.
import { addIncident, attachFile, gatherReportData, verifyLog } from '../../src/db';
import { db } from '../../src/db/database';
import { incidentKinds } from '../../src/domain/kinds';
import type { IncidentInput } from '../../src/domain/types';
import { openSealedStore } from './openSealedStore';

// Every row is sealed at rest: the page opens the store as the app does at start.
await openSealedStore();

const day = 86_400_000;

function incident(index: number, now: number): IncidentInput {
  return {
    kind: incidentKinds[index % incidentKinds.length]!,
    occurredAt: now - (index + 1) * 0.3 * day,
    timeZone: 'Europe/Copenhagen',
    approximate: false,
    place: { text: `Nørrebrogade ${index % 90}` },
    description: `Hændelse ${index}: han ventede udenfor igen og sagde "jeg finder dig altid".`,
    peopleInvolved: '',
    effect: '',
    witnesses: [],
    police: { journalNumber: '', officer: '', phone: '' },
    keyExample: false,
    privateFields: [],
  };
}

/** 10,000 incidents through addIncident (in one outer transaction, so seeding does not take minutes), then files through attachFile. */
async function seed(incidents: number, files: number, fileBytes: number): Promise<{ seconds: number }> {
  const started = performance.now();
  const now = Date.now() - day;
  const ids: string[] = [];
  await db.transaction('rw', db.incidents, db.revisions, async () => {
    for (let index = 0; index < incidents; index += 1) ids.push((await addIncident(incident(index, now), now)).id);
  });
  const pattern = crypto.getRandomValues(new Uint8Array(65_536));
  for (let index = 0; index < files; index += 1) {
    const parts: Uint8Array[] = [new TextEncoder().encode(`file ${index}`)];
    for (let size = 0; size < fileBytes; size += pattern.length) parts.push(pattern);
    const blob = new Blob(parts as BlobPart[], { type: 'application/octet-stream' }).slice(0, fileBytes, 'application/octet-stream');
    await attachFile(ids[index * Math.floor(incidents / files)]!, blob, { fileName: `video-${index}.bin`, now });
  }
  return { seconds: (performance.now() - started) / 1000 };
}

async function timeVerify(files: 'hashed' | 'present') {
  const stageStarts: Record<string, number> = {};
  const started = performance.now();
  const result = await verifyLog({ files, onProgress: (progress) => { stageStarts[progress.stage] ??= performance.now() - started; } });
  const seconds = (performance.now() - started) / 1000;
  return {
    seconds,
    filesSeconds: stageStarts.files === undefined ? 0 : seconds - stageStarts.files / 1000,
    ok: result.ok,
    entries: result.chain.count,
    fileCount: result.files.count,
    bytes: result.files.bytes,
  };
}

/** gatherReportData runs the full verification: timed with it, and the verification alone, to see what it adds. */
async function timeGather() {
  const started = performance.now();
  const data = await gatherReportData({});
  return { seconds: (performance.now() - started) / 1000, incidents: data.incidents.length, ok: data.verification.ok };
}

Object.assign(globalThis, { verifyBench: { seed, timeVerify, timeGather } });
