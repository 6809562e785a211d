import { canonicalJson, sha256Hex } from '../crypto/sha256';
import { compareNewestFirst, compareOldestFirst } from '../domain/incident';
import { redactForPolice } from '../domain/privacy';
import { summarize, type IncidentSummary } from '../domain/summary';
import type { Difference } from '../domain/integrity/types';
import type { Incident, PrivatableField, Witness } from '../domain/types';
import type { AnnexEntry, AnnexFacts, ReportData, ReportOptions } from './types';

// What the report says, decided once before any drawing: order, numbers, redaction, annexes, witnesses, fingerprint.

export interface LogEntry {
  /** Counted from the oldest incident, so a number means the same in either order. */
  number: number;
  incident: Incident;
  /** Private fields that had content and were left out of this copy. */
  withheld: PrivatableField[];
  annexes: Annex[];
}

export interface Annex extends AnnexEntry {
  facts: AnnexFacts;
  incidentNumber: number;
}

export interface WitnessEntry {
  witness: Witness;
  notes: string[];
  incidentNumbers: number[];
}

export interface ReportModel {
  options: ReportOptions;
  data: ReportData;
  /** In the chosen order. */
  log: LogEntry[];
  annexes: Annex[];
  witnesses: WitnessEntry[];
  summary: IncidentSummary;
  /** Incidents with at least one detail left out of the police copy. */
  withheldCount: number;
  /** Verification findings by the incident and by the attachment they concern, to mark them where they occur. */
  findingsByIncident: Map<string, Difference[]>;
  findingsByAttachment: Map<string, Difference[]>;
  fingerprint: string;
}

function groupFindings(differences: Difference[], key: (difference: Difference) => string | undefined): Map<string, Difference[]> {
  const grouped = new Map<string, Difference[]>();
  for (const difference of differences) {
    const id = key(difference);
    if (id) grouped.set(id, [...(grouped.get(id) ?? []), difference]);
  }
  return grouped;
}

function hasContent(incident: Incident, field: PrivatableField): boolean {
  switch (field) {
    case 'place': return !!incident.place.text.trim();
    case 'witnesses': return incident.witnesses.length > 0;
    case 'police': return Object.values(incident.police).some((value) => value.trim());
    default: return !!incident[field].trim();
  }
}

function collectWitnesses(log: LogEntry[]): WitnessEntry[] {
  const byPerson = new Map<string, WitnessEntry>();
  for (const entry of [...log].sort((a, b) => a.number - b.number)) {
    for (const witness of entry.incident.witnesses) {
      const key = `${witness.name.trim().toLocaleLowerCase()}\u0000${witness.contact.trim().toLocaleLowerCase()}`;
      const known = byPerson.get(key) ?? { witness, notes: [], incidentNumbers: [] };
      if (!known.incidentNumbers.includes(entry.number)) known.incidentNumbers.push(entry.number);
      if (witness.note.trim() && !known.notes.includes(witness.note.trim())) known.notes.push(witness.note.trim());
      byPerson.set(key, known);
    }
  }
  return [...byPerson.values()].sort((a, b) => a.witness.name.localeCompare(b.witness.name));
}

/** SHA-256 over a canonical serialisation of everything printed except the moment of printing. */
function fingerprintOf(model: Omit<ReportModel, 'fingerprint'>): string {
  const { options, data } = model;
  return sha256Hex(canonicalJson({
    format: 'spor-report/1',
    options,
    timeZone: data.timeZone,
    caseDetails: data.caseDetails,
    people: data.people,
    log: model.log.map(({ number, incident, withheld, annexes }) => ({
      number, incident, withheld, annexes: annexes.map((annex) => annex.number), history: data.history[incident.id] ?? null,
    })),
    annexes: model.annexes.map(({ number, facts }) => ({ number, ...facts })),
    // The moment of checking is the moment of printing; what was found is part of the content.
    verification: { ...data.verification, checkedAt: null },
  }));
}

export function buildModel(data: ReportData, options: ReportOptions): ReportModel {
  const chronological = [...data.incidents].sort(compareOldestFirst);
  const numbers = new Map(chronological.map((incident, index) => [incident.id, index + 1]));
  const ordered = [...data.incidents].sort(options.order === 'newestFirst' ? compareNewestFirst : compareOldestFirst);
  const annexes: Annex[] = [];
  const log = ordered.map((original): LogEntry => {
    const incident = options.policeCopy ? redactForPolice(original) : original;
    const withheld = options.policeCopy ? original.privateFields.filter((field) => hasContent(original, field)) : [];
    const number = numbers.get(original.id)!;
    const entryAnnexes = (data.attachments[original.id] ?? []).map((facts, index): Annex => ({
      number: `B${annexes.length + 1 + index}`,
      attachmentId: facts.id,
      incidentId: original.id,
      fileName: facts.fileName,
      mimeType: facts.mimeType,
      size: facts.size,
      sha256: facts.sha256,
      facts,
      incidentNumber: number,
    }));
    annexes.push(...entryAnnexes);
    return { number, incident, withheld, annexes: entryAnnexes };
  });
  const partial = {
    options,
    data,
    log,
    annexes,
    witnesses: collectWitnesses(log),
    summary: summarize(log.map((entry) => entry.incident), data.caseDetails),
    withheldCount: log.filter((entry) => entry.withheld.length > 0).length,
    findingsByIncident: groupFindings(data.verification.differences, (difference) => difference.incidentId),
    findingsByAttachment: groupFindings(data.verification.differences, (difference) => (difference.entity === 'file' || difference.entity === 'attachment' ? difference.id : undefined)),
  };
  return { ...partial, fingerprint: fingerprintOf(partial) };
}
