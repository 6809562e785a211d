// Bench-only entry (tests/bench/report-bench.html): drives the app's own db verbs and report client in the built bundle.
import { addIncident, attachFile, gatherReportData, getAttachmentFile, listIncidents } from '../../src/db';
import { incidentKinds } from '../../src/domain/kinds';
import type { IncidentInput } from '../../src/domain/types';
import { exportReport } from '../../src/report/client';
import { downscalePhoto } from '../../src/report/photos';
import type { ReportProgress } from '../../src/report/types';
import { openSealedStore } from './openSealedStore';

// Every row is sealed at rest: the page opens the store as the app does at start.
await openSealedStore();

const day = 86_400_000;
const phrases = [
  'Han ringede igen fra et skjult nummer og lagde på, da jeg svarede.',
  'Der kom en SMS: "Jeg ved hvor du er. Du kan ikke gemme dig for mig."',
  'Hans bil holdt ud for min arbejdsplads, da jeg gik hjem kl. 16.',
  'Min søster fik en besked på Facebook med løgne om mig.',
  'Han stod ved busstoppestedet og fulgte efter mig til døren.',
  'Jeg fandt en buket blomster på dørmåtten uden kort.',
];

/** A 12-megapixel photo-like JPEG: gradients, shapes and fine grain, so it decodes like a phone photo. */
async function photo(seed: number): Promise<Blob> {
  const canvas = new OffscreenCanvas(4000, 3000);
  const context = canvas.getContext('2d')!;
  const sky = context.createLinearGradient(0, 0, 4000, 3000);
  sky.addColorStop(0, `hsl(${(seed * 37) % 360} 55% 65%)`);
  sky.addColorStop(1, `hsl(${(seed * 37 + 140) % 360} 45% 25%)`);
  context.fillStyle = sky;
  context.fillRect(0, 0, 4000, 3000);
  for (let shape = 0; shape < 40; shape += 1) {
    context.fillStyle = `hsl(${(seed * 13 + shape * 29) % 360} 50% ${30 + (shape % 5) * 10}% / 0.6)`;
    context.beginPath();
    context.arc((seed * 311 + shape * 997) % 4000, (seed * 173 + shape * 631) % 3000, 80 + ((shape * 53) % 400), 0, Math.PI * 2);
    context.fill();
  }
  const grain = new OffscreenCanvas(256, 256);
  const grainContext = grain.getContext('2d')!;
  const noise = grainContext.createImageData(256, 256);
  for (let index = 0; index < noise.data.length; index += 4) {
    const value = Math.random() * 255;
    noise.data.set([value, value, value, 28], index);
  }
  grainContext.putImageData(noise, 0, 0);
  context.fillStyle = context.createPattern(grain, 'repeat')!;
  context.fillRect(0, 0, 4000, 3000);
  return canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 });
}

function incident(index: number, now: number): IncidentInput {
  const description = Array.from({ length: 1 + (index % 5) }, (_, part) => phrases[(index + part) % phrases.length]).join(' ');
  return {
    kind: incidentKinds[index % incidentKinds.length],
    occurredAt: now - (index + 1) * 0.7 * day,
    timeZone: 'Europe/Copenhagen',
    approximate: index % 11 === 0,
    place: { text: index % 3 ? 'Nørrebrogade 112, København N' : '' },
    description,
    peopleInvolved: '',
    effect: index % 4 ? '' : 'Jeg turde ikke gå ud alene resten af dagen.',
    witnesses: index % 6 ? [] : [{ name: `Vidne ${index % 9}`, contact: '+45 20 30 40 50', note: '' }],
    police: { journalNumber: index % 50 ? '' : `0100-76543-${String(index).padStart(5, '0')}-26`, officer: '', phone: '' },
    keyExample: index % 200 === 0,
    privateFields: [],
  };
}

async function seed(incidents: number, photos: number): Promise<{ seconds: number; photoBytes: number }> {
  const started = performance.now();
  const now = Date.now() - day;
  let photoBytes = 0;
  for (let index = 0; index < incidents; index += 1) {
    const saved = await addIncident(incident(index, now), now);
    if (index % Math.floor(incidents / photos) === 0 && index / Math.floor(incidents / photos) < photos) {
      const file = await photo(index);
      photoBytes += file.size;
      await attachFile(saved.id, file, { fileName: `IMG_${String(index).padStart(4, '0')}.jpg`, lastModified: now });
    }
  }
  return { seconds: (performance.now() - started) / 1000, photoBytes };
}

/** Times the whole export while a timer on the page measures how long the main thread was ever blocked. */
async function timeExport(): Promise<{ seconds: number; pdfBytes: number; annexes: number; longestStallMs: number; stages: string[] }> {
  let last = performance.now();
  let longestStallMs = 0;
  const ticker = setInterval(() => {
    const now = performance.now();
    longestStallMs = Math.max(longestStallMs, now - last - 50);
    last = now;
  }, 50);
  const stages: string[] = [];
  const started = performance.now();
  const result = await exportReport(
    { language: 'da', order: 'newestFirst', includePhotos: true, policeCopy: false },
    { onProgress: (progress: ReportProgress) => { if (stages.at(-1) !== progress.stage) stages.push(progress.stage); } },
  );
  const seconds = (performance.now() - started) / 1000;
  clearInterval(ticker);
  return { seconds, pdfBytes: result.pdf.size, annexes: result.annexes.length, longestStallMs: Math.round(longestStallMs), stages };
}

/** Only decoding and downscaling the same photos, as the worker does, one at a time and two at a time (as the report does). */
async function timeDownscale(): Promise<{ sequentialSeconds: number; pairedSeconds: number; photos: number }> {
  const data = await gatherReportData({});
  const ids = Object.values(data.attachments).flat().filter((file) => file.mimeType.startsWith('image/')).map((file) => file.id);
  let started = performance.now();
  for (const id of ids) await downscalePhoto(await getAttachmentFile(id));
  const sequentialSeconds = (performance.now() - started) / 1000;
  started = performance.now();
  for (let index = 0; index < ids.length; index += 2) {
    await Promise.all(ids.slice(index, index + 2).map(async (id) => downscalePhoto(await getAttachmentFile(id))));
  }
  return { sequentialSeconds, pairedSeconds: (performance.now() - started) / 1000, photos: ids.length };
}

async function count(): Promise<number> {
  return (await listIncidents()).length;
}

Object.assign(globalThis, { reportBench: { seed, timeExport, timeDownscale, count } });
