import { it, inject } from 'vitest';
import { openSession } from './browser';
it('look', async () => {
  const session = await openSession(inject('baseUrl'));
  const { page } = session;
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`${inject('baseUrl')}/#/new`);
  await page.locator('main h1').waitFor();
  await page.waitForTimeout(500);
  await page.screenshot({ path: '.tmp/look/quick-360.png' });
  await page.setViewportSize({ width: 320, height: 640 });
  await page.screenshot({ path: '.tmp/look/quick-320.png' });
  await session.close();
}, 60000);
