import { describe, expect, inject, it } from 'vitest';
import { accessibilityViolations, useSession, screenshot } from './browser';

describe('the app shell', () => {
  const session = useSession(inject('baseUrl'));

  it('opens in Danish with the quick-log button, asks nothing of other origins and breaks no policy', async () => {
    const { page } = session;
    await page.goto(inject('baseUrl'));
    await expect.poll(() => page.getByRole('link', { name: /Ny hændelse/ }).count()).toBe(1);
    await screenshot(page, 'shell');
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(session.foreignRequests()).toEqual([]);
    expect(await session.cspViolations()).toEqual([]);
  });
});
