import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectNoProblems, openSession, pictureFromPage, type Session } from './browser';

/** An MP4 file's first box (ftyp, brand mp42), so Spor reads the content as a video. */
const mp4Header = Buffer.from([0, 0, 0, 24, ...Buffer.from('ftypmp42'), 0, 0, 0, 0, ...Buffer.from('isommp42')]);

describe('pasting a picture and taking a video in the editor', () => {
  let session: Session;
  const baseUrl = inject('baseUrl');
  beforeAll(async () => {
    session = await openSession(baseUrl);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('attaches a pasted image and a video from the camera input, and both are stored with the incident', async () => {
    const { page } = session;
    await page.goto(`${baseUrl}/#/new`);
    await page.getByRole('radio', { name: 'SMS eller besked' }).check();
    const png = await pictureFromPage(page, { width: 320, height: 200, type: 'image/png', caption: 'skærmbillede' });
    const description = page.getByRole('textbox', { name: 'Hvad skete der' });
    await description.focus();
    // What a paste of a screenshot delivers: a clipboard holding one image file and no text.
    await description.evaluate((field, base64) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([Uint8Array.from(atob(base64), (char) => char.charCodeAt(0))], 'image.png', { type: 'image/png' }));
      field.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
    }, png.toString('base64'));
    // The camera's video arrives through the video input (capture="environment", accept="video/*").
    const videoInput = page.getByTestId('video-input');
    expect(await videoInput.getAttribute('accept')).toBe('video/*');
    expect(await videoInput.getAttribute('capture')).toBe('environment');
    await videoInput.setInputFiles({ name: 'VID_20261128.mp4', mimeType: 'video/mp4', buffer: Buffer.concat([mp4Header, Buffer.alloc(2048, 7)]) });

    const pending = page.locator('#editor-pending-heading + .file-list .file-name');
    await expect.poll(() => pending.allTextContents()).toEqual([expect.stringMatching(/^Indsat billede \d{4}-\d\d-\d\d \d\d\.\d\d\.\d\d\.png$/), 'VID_20261128.mp4']);
    expect(await description.inputValue()).toBe('');
    await expectNoProblems(session);
    await page.getByRole('button', { name: 'Gem', exact: true }).click();
    await page.waitForURL(/#\/incident\/[^/]+$/);
    await expect.poll(() => page.locator('li.attachment h3').count()).toBe(2);
    expect(await page.locator('li.attachment').first().textContent()).toContain('PNG');
  });
});
