import type { Revision } from '../types';
import { contentHashOf, expectedHash, genesisHash, recipeOf } from './recipes';
import type { ChainProblem, ChainReport, Erasure } from './types';

/** The entry numbers an `erase` revision says it emptied (its own content, covered by its content hash). */
export function erasedEntriesOf(revision: Revision): number[] {
  const named = revision.changes.find((change) => change.field === 'erasedEntries')?.after;
  return Array.isArray(named) ? named.filter((seq): seq is number => typeof seq === 'number') : [];
}

/** One entry on its own: its hash by its recipe, its content by its content hash, its link to the entry before it. */
export function checkEntry(revision: Revision, previousHash: string | undefined): ChainProblem[] {
  const { seq } = revision;
  const problems: ChainProblem[] = [];
  if (revision.prevHash !== previousHash) problems.push({ kind: 'link', seq });
  const expected = expectedHash(revision);
  if (expected !== undefined && expected !== revision.hash) problems.push({ kind: 'hash', seq });
  if (recipeOf(revision) === 2 && revision.erasedAt === undefined
    && contentHashOf(revision.changes, revision.contentSalt ?? '') !== revision.contentHash) {
    problems.push({ kind: 'content', seq });
  }
  return problems;
}

/**
 * Walks the whole chain and names every entry that breaks it, each by its own recipe. An entry emptied by a
 * recorded "delete for good" is not a break: it is listed as an erasure.
 */
export function walkChain(revisions: Revision[]): ChainReport {
  const problems: ChainProblem[] = [];
  const erasures: Erasure[] = [];
  const erasedByRecord = new Set<number>();
  let prevHash = genesisHash;
  let unrecomputable = 0;
  for (const [index, revision] of revisions.entries()) {
    const { seq } = revision;
    if (seq !== index + 1) problems.push({ kind: 'sequence', seq });
    problems.push(...checkEntry(revision, prevHash));
    if (expectedHash(revision) === undefined) unrecomputable += 1;
    if (revision.action === 'erase' && revision.erasedAt === undefined) {
      const named = erasedEntriesOf(revision);
      named.forEach((erased) => erasedByRecord.add(erased));
      erasures.push({ seq, at: revision.at, incidentId: revision.incidentId ?? revision.entityId, erasedEntries: named.length });
    }
    prevHash = revision.hash;
  }
  for (const revision of revisions) {
    if (revision.erasedAt !== undefined && !erasedByRecord.has(revision.seq)) problems.push({ kind: 'erasedWithoutRecord', seq: revision.seq });
  }
  problems.sort((a, b) => a.seq - b.seq);
  return { count: revisions.length, headHash: revisions.at(-1)?.hash ?? genesisHash, problems, erasures, unrecomputable };
}
