import { useObjectUrl } from './useObjectUrl';
import './Thumbnail.css';

interface ThumbnailProps {
  /** A small image (a stored preview or the picked photo itself). */
  image?: Blob;
  /** Empty when the thumbnail sits next to text that already names it. */
  alt: string;
  /** Shown instead of a picture, e.g. "PDF". */
  fallback?: string;
  size?: 'small' | 'large';
}

/** A square preview; a labelled tile where there is no picture. */
export function Thumbnail({ image, alt, fallback = '', size = 'small' }: ThumbnailProps) {
  const url = useObjectUrl(image);
  if (url) return <img class={`thumbnail thumbnail-${size}`} src={url} alt={alt} loading="lazy" decoding="async" />;
  return <span class={`thumbnail thumbnail-${size} thumbnail-tile`} aria-hidden="true">{fallback}</span>;
}
