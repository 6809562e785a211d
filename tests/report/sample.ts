import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha256Hex } from '../../src/crypto/sha256';
import type { IncidentKind } from '../../src/domain/kinds';
import { blankIncident } from '../../src/domain/incident';
import type { Incident, IncidentInput, Witness } from '../../src/domain/types';
import type { AnnexFacts, PreparedPhoto, ReportData, ReportFonts } from '../../src/report/types';

// A realistic case for the report tests and the rendered sample: four months of a former partner who will not stop.

const fontDir = join(process.cwd(), 'node_modules/dejavu-fonts-ttf/ttf');
export const fonts: ReportFonts = {
  regular: new Uint8Array(readFileSync(join(fontDir, 'DejaVuSans.ttf'))),
  bold: new Uint8Array(readFileSync(join(fontDir, 'DejaVuSans-Bold.ttf'))),
};

const fixture = (name: string) => new Uint8Array(readFileSync(join(process.cwd(), 'tests/report/fixtures', name)));
export const photos: Record<string, PreparedPhoto> = {
  'car.jpg': { jpeg: fixture('car.jpg'), width: 800, height: 600 },
  'note.jpg': { jpeg: fixture('note.jpg'), width: 600, height: 800 },
};

export const generatedAt = Date.UTC(2026, 10, 28, 9, 30);

let sequence = 0;
export function incident(overrides: Partial<Incident> & { kind: IncidentKind; occurredAt: number }): Incident {
  sequence += 1;
  return {
    ...(blankIncident(overrides.occurredAt, 'Europe/Copenhagen', overrides.kind) as IncidentInput),
    id: `incident-${String(sequence).padStart(4, '0')}`,
    attachmentIds: [],
    createdAt: overrides.occurredAt + 3_600_000,
    updatedAt: overrides.occurredAt + 3_600_000,
    ...overrides,
    version: overrides.version ?? 1,

  };
}

export function annex(incidentId: string, fileName: string, mimeType: string, size: number, addedAt: number, capturedAt?: number): AnnexFacts {
  return {
    id: `annex-${fileName}-${incidentId}`,
    incidentId,
    fileName,
    mimeType,
    size,
    sha256: sha256Hex(`${incidentId}/${fileName}`),
    version: 1,
    addedAt,
    ...(capturedAt !== undefined ? { capturedAt, capturedAtSource: 'exif' as const } : {}),
  };
}

const at = (month: number, day: number, hour: number, minute = 0) => new Date(2026, month - 1, day, hour, minute).getTime();
const neighbour: Witness = { name: 'Birthe Holm', contact: '+45 22 33 44 55', note: 'Nabo på 1. sal, så bilen fra sit vindue.' };
const colleague: Witness = { name: 'Jonas Ødegaard', contact: 'jonas.odegaard@firma.dk', note: 'Kollega, var med ved frokosten.' };

export function sampleData(): ReportData {
  sequence = 0;
  const incidents: Incident[] = [
    incident({ kind: 'message', occurredAt: at(8, 3, 22, 14), description: 'SMS fra 51 23 45 67: "Du kan ikke bare smide mig ud af dit liv. Vi skal snakke." Jeg svarede ikke.' }),
    incident({ kind: 'call', occurredAt: at(8, 4, 7, 2), description: '11 ubesvarede opkald mellem kl. 07.02 og 07.40 fra skjult nummer. Samme mønster som tidligere.', effect: 'Kunne ikke koncentrere mig på arbejdet.' }),
    incident({ kind: 'message', occurredAt: at(8, 9, 23, 50), description: 'Besked på Messenger fra profilen "mads.k.1987": "Jeg ved godt hvor du bor nu." Jeg har ikke givet ham min nye adresse.', keyExample: true, effect: 'Jeg sov hos min søster den nat.', privateFields: ['effect'] }),
    incident({ kind: 'watching', occurredAt: at(8, 14, 18, 30), approximate: true, place: { text: 'Parkeringspladsen ud for Nørrebrogade 112' }, description: 'Hans sorte Toyota Yaris (AB 12 345) holdt ud for min opgang i ca. en time. Han sad i bilen og kiggede op mod mine vinduer.', witnesses: [neighbour], attachmentIds: ['car'] }),
    incident({ kind: 'delivery', occurredAt: at(8, 20, 19, 5), description: 'Der kom tre pizzaer, som jeg ikke havde bestilt, betalt ved levering i mit navn. Budet sagde, at bestillingen kom fra en mand.' }),
    incident({ kind: 'following', occurredAt: at(8, 27, 16, 45), place: { text: 'Føtex, Frederiksberg Centret' }, description: 'Han stod ved udgangen, da jeg kom ud, og gik efter mig til metroen. Han sagde ikke noget, men smilede.', keyExample: true, witnesses: [{ name: 'Ukendt kvinde', contact: '', note: 'Spurgte om jeg var okay.' }] }),
    incident({ kind: 'contactingOthers', occurredAt: at(9, 2, 12, 0), place: { text: 'Kantinen, Havnegade 7' }, description: 'Han ringede til min arbejdsplads og spurgte efter mig i receptionen. Receptionisten fortalte det til min kollega.', witnesses: [colleague] }),
    incident({ kind: 'call', occurredAt: at(9, 8, 21, 12), description: 'Opkald fra nyt nummer 42 98 76 54. Jeg tog den, og han sagde: "Hvis jeg ikke kan få dig, skal ingen have dig." Så lagde han på.', keyExample: true, police: { journalNumber: '0100-76543-00123-26', officer: 'Politiassistent L. Møller', phone: '114' }, attachmentIds: ['rec'] }),
    incident({ kind: 'online', occurredAt: at(9, 15, 10, 30), description: 'Opslag på Facebook fra profilen "sandheden_om_anna", hvor der står at jeg har stjålet fra min tidligere arbejdsgiver. Opslaget blev delt 14 gange. Skærmbilleder vedlagt.', attachmentIds: ['shot1', 'shot2'] }),
    incident({ kind: 'vandalism', occurredAt: at(9, 21, 7, 30), approximate: true, place: { text: 'Cykelkælderen, Nørrebrogade 112' }, description: 'Begge dæk på min cykel var skåret op. Der lå en seddel i kurven med teksten "Jeg ser dig hver dag."', attachmentIds: ['note'] }),
    incident({ kind: 'tracking', occurredAt: at(10, 3, 14, 0), place: { text: 'Værkstedet, Ringstedgade 4' }, description: 'Mekanikeren fandt en GPS-tracker (AirTag) under kofangeren på min bil. Tracker afleveret til politiet.', police: { journalNumber: '0100-76543-00123-26', officer: 'Politiassistent L. Møller', phone: '' }, keyExample: true }),
    incident({ kind: 'threat', occurredAt: at(10, 18, 20, 40), timeZone: 'Europe/Istanbul', place: { text: 'Hotel i Istanbul (på ferie)' }, description: 'SMS mens jeg var på ferie: "Nyd ferien. Jeg venter når du kommer hjem." Han vidste hvor jeg var, selvom jeg ikke har fortalt det til nogen fælles bekendte.', keyExample: true }),
    incident({ kind: 'violence', occurredAt: at(11, 2, 17, 20), place: { text: 'Min opgang, Nørrebrogade 112' }, description: 'Han ventede i opgangen og tog hårdt fat i min arm, da jeg prøvede at komme forbi. Jeg fik et blåt mærke. Naboen kom ned og han gik.', peopleInvolved: 'Mads K.', witnesses: [neighbour], police: { journalNumber: '0100-76543-00188-26', officer: 'Politikommissær H. Dahl', phone: '+45 38 74 14 48' }, attachmentIds: ['arm'] }),
    incident({ kind: 'message', occurredAt: at(11, 20, 23, 5), description: 'Tre SMS inden for ti minutter fra 51 23 45 67, selvom han har fået tilhold. Den sidste: "Det her papir betyder ingenting 😀"', privateFields: ['place'], place: { text: 'Hos min søster, Vesterbrogade 200' } }),
  ];
  const byRef: Record<string, AnnexFacts> = {};
  for (const entry of incidents) {
    entry.attachmentIds = entry.attachmentIds.map((ref) => {
      const file = {
        car: annex(entry.id, 'IMG_2041.jpg', 'image/jpeg', 3_412_877, entry.occurredAt + 7_200_000, entry.occurredAt + 60_000),
        rec: annex(entry.id, 'Opkald 2026-09-08 21.12.m4a', 'audio/mp4', 412_330, entry.occurredAt + 600_000),
        shot1: annex(entry.id, 'Screenshot_20260915-1032.png', 'image/png', 1_204_551, entry.occurredAt + 3_600_000),
        shot2: annex(entry.id, 'Screenshot_20260915-1033.png', 'image/png', 1_187_002, entry.occurredAt + 3_660_000),
        note: annex(entry.id, 'seddel.jpg', 'image/jpeg', 2_811_004, entry.occurredAt + 1_800_000, entry.occurredAt + 900_000),
        arm: annex(entry.id, 'skadestue-journal.pdf', 'application/pdf', 88_412, entry.occurredAt + 86_400_000),
      }[ref]!;
      byRef[ref] = file;
      return file.id;
    });
  }
  const attachments: Record<string, AnnexFacts[]> = {};
  for (const entry of incidents) attachments[entry.id] = entry.attachmentIds.map((id) => Object.values(byRef).find((file) => file.id === id)!);
  const history: ReportData['history'] = {};
  incidents.forEach((entry, index) => {
    history[entry.id] = { firstWrittenAt: entry.createdAt, lastChangedAt: entry.createdAt + (index % 3) * 86_400_000, changes: (index % 3) + entry.attachmentIds.length };
  });
  return {
    incidents,
    attachments,
    people: [{
      id: 'person-1', name: 'Mads Kristensen', relation: 'Tidligere kæreste (2021–2026)', phones: ['+45 51 23 45 67', '+45 42 98 76 54'],
      emails: ['mads.k87@gmail.com'], profiles: ['mads.k.1987 (Messenger)', 'sandheden_om_anna (Facebook)'],
      vehicle: 'Sort Toyota Yaris, AB 12 345', description: 'Ca. 185 cm, kort mørkt hår, ofte i grøn jakke.', updatedAt: at(8, 1, 12), version: 1,
    }],
    caseDetails: {
      ownName: 'Anna Sørensen', clearNoDate: '2026-08-01', clearNoNote: 'SMS: "Jeg vil ikke have mere kontakt med dig. Lad være med at skrive eller ringe."',
      restrainingOrders: [{ issuedOn: '2026-11-10', expiresOn: '2031-11-10', journalNumber: '0100-76543-00188-26', note: 'Tilhold udstedt af Københavns Politi.' }],
      updatedAt: at(11, 10, 12),
      version: 1,
    },
    history,
    verification: {
      checkedAt: generatedAt, ok: true, differences: [], heads: { checked: [], problems: [] }, files: { check: 'hashed', count: 3, bytes: 5_300_000 },
      chain: { count: 61, headHash: sha256Hex('head'), problems: [], erasures: [], unrecomputable: 0 },
    },
    generatedAt,
    timeZone: 'Europe/Copenhagen',
  };
}

/** Photo hook for node: the fixtures stand in for the worker's downscaled JPEGs. */
export async function preparePhoto(file: AnnexFacts): Promise<PreparedPhoto | undefined> {
  if (!file.mimeType.startsWith('image/')) return undefined;
  return file.fileName === 'IMG_2041.jpg' ? photos['car.jpg'] : photos['note.jpg'];
}
