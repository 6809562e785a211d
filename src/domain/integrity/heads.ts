import type { Revision } from '../types';
import type { HeadProblem, IssuedHead } from './types';

/** A head handed out earlier must still be entry `count` of the chain, with the same hash. */
export function checkHeads(revisions: Revision[], heads: IssuedHead[]): HeadProblem[] {
  const problems: HeadProblem[] = [];
  for (const head of heads) {
    if (head.count === 0) continue;
    const entry = revisions[head.count - 1];
    if (!entry) problems.push({ head, problem: 'truncated' });
    else if (entry.hash !== head.hash || entry.seq !== head.count) problems.push({ head, problem: 'rewritten' });
  }
  return problems;
}

/** The machine-readable line at the end of every seal text. */
export function sealLine(count: number, hash: string): string {
  return `[spor-seal/1 n=${count} h=${hash}]`;
}

/** Reads a pasted seal text back, whatever the mail or SMS app did to the lines around it. */
export function parseSeal(text: string): { count: number; hash: string } | undefined {
  const match = /spor-seal\/1\s+n=(\d+)\s+h=([0-9a-f]{64})/i.exec(text);
  return match ? { count: Number(match[1]), hash: match[2]!.toLowerCase() } : undefined;
}

export type SealVerdict = 'matches' | 'truncated' | 'rewritten' | 'unreadable';

export function checkSeal(text: string, revisions: Revision[]): SealVerdict {
  const seal = parseSeal(text);
  if (!seal || seal.count < 1) return 'unreadable';
  const [problem] = checkHeads(revisions, [{ kind: 'seal', count: seal.count, hash: seal.hash, issuedAt: 0 }]);
  return problem?.problem ?? 'matches';
}
