const thumbnailEdge = 320;

/** A small JPEG preview so lists never decode the original; undefined where the browser cannot decode it. `contentType` is sniffed. */
export async function makeThumbnail(blob: Blob, contentType: string): Promise<Blob | undefined> {
  if (!contentType.startsWith('image/') || typeof createImageBitmap !== 'function' || typeof OffscreenCanvas !== 'function') {
    return undefined;
  }
  try {
    const bitmap = await createImageBitmap(blob);
    const scale = Math.min(1, thumbnailEdge / Math.max(bitmap.width, bitmap.height));
    const canvas = new OffscreenCanvas(Math.max(1, Math.round(bitmap.width * scale)), Math.max(1, Math.round(bitmap.height * scale)));
    canvas.getContext('2d')?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    bitmap.close();
    return await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.7 });
  } catch {
    return undefined; // An image the browser cannot decode is still stored, just without a preview.
  }
}
