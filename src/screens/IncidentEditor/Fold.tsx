import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { Icon } from '../../ui/Icon';

interface FoldProps {
  open: boolean;
  /** The button's words, saying what opening it adds ("Add place"). */
  label: string;
  onOpen: () => void;
  children: ComponentChildren;
}

/**
 * An optional section shown as one "Add ..." button until it is opened or has content. Opening it puts the cursor in
 * its first field; the button makes way for the section, which never folds back (nothing entered is ever hidden).
 */
export function Fold({ open, label, onOpen, children }: FoldProps) {
  const section = useRef<HTMLDivElement>(null);
  const openedByButton = useRef(false);
  useEffect(() => {
    if (!open || !openedByButton.current) return;
    openedByButton.current = false;
    section.current?.querySelector<HTMLElement>('input, textarea, select, button')?.focus();
  }, [open]);

  if (!open) {
    return (
      <button type="button" class="fold" aria-expanded="false" onClick={() => {
        openedByButton.current = true;
        onOpen();
      }}>
        <Icon name="plus" /> {label}
      </button>
    );
  }
  return <div ref={section}>{children}</div>;
}
