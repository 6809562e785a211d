import type { RefObject } from 'preact';
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';

/**
 * Keeps the page's content where it is on screen when the element above it (a notice appearing after start, or
 * dismissed) changes height while the page is scrolled: a tap aimed at a button must not land on whatever moved under
 * the finger. Browsers with scroll anchoring do this themselves; WebKit (Safari) has none. The layout effect catches
 * the slot's own renders in the same task as the change; the observer catches what its children change on their own.
 */
export function useContentKeptInPlace(slot: RefObject<HTMLElement>): void {
  const lastHeight = useRef<number>();
  const follow = () => {
    const height = slot.current?.offsetHeight ?? 0;
    const moved = lastHeight.current === undefined ? 0 : height - lastHeight.current;
    lastHeight.current = height;
    if (moved && window.scrollY > 0 && !browserAnchorsScroll) window.scrollBy(0, moved);
  };
  useLayoutEffect(follow);
  useEffect(() => {
    if (!slot.current || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(follow);
    observer.observe(slot.current);
    return () => observer.disconnect();
  }, []);
}

const browserAnchorsScroll = typeof CSS !== 'undefined' && CSS.supports('overflow-anchor', 'auto');
