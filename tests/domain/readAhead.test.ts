import { describe, expect, it } from 'vitest';
import { readAhead } from '../../src/domain/readAhead';

describe('readAhead', () => {
  it('yields every read in order and starts the next read while the caller holds the current one', async () => {
    const started: number[] = [];
    const seen: string[] = [];
    for await (const item of readAhead(4, async (index) => { started.push(index); return `item ${index}`; })) {
      seen.push(`${item} with reads ${started.join(',')}`);
    }
    expect(seen).toEqual(['item 0 with reads 0,1', 'item 1 with reads 0,1,2', 'item 2 with reads 0,1,2,3', 'item 3 with reads 0,1,2,3']);
  });

  it('nothing to read yields nothing', async () => {
    const items: unknown[] = [];
    for await (const item of readAhead(0, async () => { throw new Error('never called'); })) items.push(item);
    expect(items).toEqual([]);
  });

  it('a failed read is thrown at its turn, after the items before it', async () => {
    const seen: number[] = [];
    const reading = (async () => {
      for await (const item of readAhead(3, async (index) => { if (index === 1) throw new Error('chunk 1 is missing'); return index; })) seen.push(item);
    })();
    await expect(reading).rejects.toThrow('chunk 1 is missing');
    expect(seen).toEqual([0]);
  });

  it('a caller that stops early leaves no unhandled rejection behind from the read already started', async () => {
    const unhandled: unknown[] = [];
    const note = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', note);
    try {
      for await (const item of readAhead(3, async (index) => { if (index === 1) throw new Error('read ahead, never used'); return index; })) {
        expect(item).toBe(0);
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', note);
    }
  });
});
