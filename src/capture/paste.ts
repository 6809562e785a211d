import '../i18n/laterMessages';
import { format } from 'date-fns';
import { t } from '../i18n';

const extensions: Record<string, string> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/gif': 'gif', 'image/webp': 'webp' };

/**
 * Images on the clipboard (a screenshot, a picture copied in another app), named by when they were pasted: the
 * clipboard calls every one "image.png", which says nothing in a list of evidence.
 */
export function pastedImages(data: DataTransfer | null, now: number): File[] {
  const images = Array.from(data?.files ?? []).filter((file) => file.type.startsWith('image/'));
  const stamp = format(now, 'yyyy-MM-dd HH.mm.ss');
  return images.map((image, index) => {
    const name = `${t('capture.pasted', { time: stamp })}${images.length > 1 ? ` (${index + 1})` : ''}.${extensions[image.type] ?? 'png'}`;
    return new File([image], name, { type: image.type, lastModified: now });
  });
}
