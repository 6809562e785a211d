import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/report/model';
import { sampleData } from './sample';

// Decisions made before drawing: numbers, annex order, witnesses, what the police copy leaves out, the fingerprint.
const options = { language: 'da', order: 'newestFirst', includePhotos: true, policeCopy: false } as const;

describe('the report model', () => {
  it('numbers incidents from the oldest whatever the order, and annexes B1, B2... in log order', () => {
    const newest = buildModel(sampleData(), options);
    const oldest = buildModel(sampleData(), { ...options, order: 'oldestFirst' });
    expect(newest.log.map((entry) => entry.number)).toEqual([14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
    expect(oldest.log.map((entry) => entry.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    expect(newest.annexes.map((annex) => `${annex.number}:${annex.incidentNumber}`)).toEqual(['B1:13', 'B2:10', 'B3:9', 'B4:9', 'B5:8', 'B6:4']);
    expect(oldest.annexes.map((annex) => `${annex.number}:${annex.incidentNumber}`)).toEqual(['B1:4', 'B2:8', 'B3:9', 'B4:9', 'B5:10', 'B6:13']);
  });

  it('lists each witness once with every incident they saw', () => {
    const model = buildModel(sampleData(), options);
    expect(model.witnesses.find((entry) => entry.witness.name === 'Birthe Holm')?.incidentNumbers).toEqual([4, 13]);
  });

  it('the police copy empties private fields, names what was left out and counts those incidents', () => {
    const model = buildModel(sampleData(), { ...options, policeCopy: true });
    const sister = model.log.find((entry) => entry.number === 14)!;
    expect(sister.incident.place.text).toBe('');
    expect(sister.withheld).toEqual(['place']);
    expect(model.withheldCount).toBe(2);
    expect(JSON.stringify(model.log)).not.toContain('Vesterbrogade 200');
    expect(JSON.stringify(model.summary)).not.toContain('Jeg sov hos min søster');
  });

  it('the fingerprint follows the content, not the moment it was printed', () => {
    const first = buildModel(sampleData(), options);
    expect(buildModel({ ...sampleData(), generatedAt: Date.now() }, options).fingerprint).toBe(first.fingerprint);
    const edited = sampleData();
    edited.incidents[0].description += '.';
    expect(buildModel(edited, options).fingerprint).not.toBe(first.fingerprint);
    expect(buildModel(sampleData(), { ...options, policeCopy: true }).fingerprint).not.toBe(first.fingerprint);
    expect(first.fingerprint).toMatch(/^[0-9a-f]{64}$/);
  });
});
