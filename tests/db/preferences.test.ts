import { beforeEach, describe, expect, it } from 'vitest';
import { getAlarmSignal, setAlarmSignal } from '../../src/db/alarmSettings';
import { getQuickExitSite, setQuickExitSite } from '../../src/db/preferences';
import { freshDatabase } from '../helpers/db';

describe('quick exit preference', () => {
  beforeEach(() => {
    freshDatabase();
  });

  it('is Spor’s own screen until a website is chosen, and again after it is cleared', async () => {
    expect(await getQuickExitSite()).toBeUndefined();
    await setQuickExitSite('https://www.dr.dk/');
    expect(await getQuickExitSite()).toBe('https://www.dr.dk/');
    await setQuickExitSite(undefined);
    expect(await getQuickExitSite()).toBeUndefined();
  });
});

describe('alarm sound and light', () => {
  beforeEach(() => {
    freshDatabase();
  });

  it('offers the tone on the alarm screen until another choice is stored, and keeps the silent alarm', async () => {
    expect(await getAlarmSignal()).toBe('onTap');
    await setAlarmSignal('silent');
    expect(await getAlarmSignal()).toBe('silent');
    await setAlarmSignal('atOnce');
    expect(await getAlarmSignal()).toBe('atOnce');
  });
});
