import { imageSize } from './imageSize';
import type { PreparedPhoto } from './types';

// Runs in the report worker: a 12-megapixel photo is decoded, drawn at most 1600x1200 and kept only as a JPEG.
const longEdge = 1600;
const shortEdge = 1200;

/**
 * Asking the decoder for a smaller width lets Chromium decode a JPEG at reduced scale: far less work than 12 MP.
 * The width is the short edge's target, so whatever the EXIF rotation the result is never enlarged.
 */
async function decodeOptions(file: Blob): Promise<ImageBitmapOptions> {
  const size = await imageSize(file);
  if (!size) return {};
  const long = Math.max(size.width, size.height);
  const short = Math.min(size.width, size.height);
  const scale = Math.min(longEdge / long, shortEdge / short);
  return scale < 1 ? { resizeWidth: Math.round(short * scale), resizeQuality: 'medium' } : {};
}

/** A JPEG small enough for the PDF, or undefined when the browser cannot decode the file (HEIC, a broken file). */
export async function downscalePhoto(file: Blob): Promise<PreparedPhoto | undefined> {
  let bitmap: ImageBitmap | undefined;
  try {
    bitmap = await createImageBitmap(file, await decodeOptions(file));
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
