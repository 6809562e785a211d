import type { PreparedPhoto } from './types';

// Runs in the report worker: a 12-megapixel photo is decoded, drawn at most 1600x1200 and kept only as a JPEG.
const longEdge = 1600;
const shortEdge = 1200;

/** A JPEG small enough for the PDF, or undefined when the browser cannot decode the file (HEIC, a broken file). */
export async function downscalePhoto(file: Blob): Promise<PreparedPhoto | undefined> {
  let bitmap: ImageBitmap | undefined;
  try {
    bitmap = await createImageBitmap(file);
    const landscape = bitmap.width >= bitmap.height;
    const scale = Math.min(1, (landscape ? longEdge : shortEdge) / bitmap.width, (landscape ? shortEdge : longEdge) / bitmap.height);
    const width = Math.max(1, Math.round(bitmap.width * scale));
    const height = Math.max(1, Math.round(bitmap.height * scale));
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d');
    if (!context) return undefined;
    context.drawImage(bitmap, 0, 0, width, height);
    bitmap.close();
    bitmap = undefined;
    const jpeg = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.8 });
    return { jpeg: new Uint8Array(await jpeg.arrayBuffer()), width, height };
  } catch {
    return undefined;
  } finally {
    bitmap?.close();
  }
}
