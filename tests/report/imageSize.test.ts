import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { imageSize } from '../../src/report/imageSize';

// The worker decodes photos at reduced size only when it knows their size; a wrong size would distort or enlarge them.
const fixture = (name: string) => new Blob([readFileSync(join(process.cwd(), 'tests/report/fixtures', name))]);

describe('image size from the header', () => {
  it('reads a landscape and a portrait JPEG', async () => {
    expect(await imageSize(fixture('car.jpg'))).toEqual({ width: 800, height: 600 });
    expect(await imageSize(fixture('note.jpg'))).toEqual({ width: 600, height: 800 });
  });

  it('reads a PNG header', async () => {
    const header = new Uint8Array(32);
    header.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    new DataView(header.buffer).setUint32(16, 4032);
    new DataView(header.buffer).setUint32(20, 3024);
    expect(await imageSize(new Blob([header]))).toEqual({ width: 4032, height: 3024 });
  });

  it('gives up on other formats and broken files rather than guessing', async () => {
    expect(await imageSize(new Blob(['RIFF....WEBPVP8 ']))).toBeUndefined();
    expect(await imageSize(new Blob([new Uint8Array([0xff, 0xd8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00])]))).toBeUndefined();
  });
});
