import { useEffect, useState } from 'preact/hooks';
import type { EditorForm } from './form';

/** The editor's sections that may stay folded to one "Add ..." button while they are empty. */
export const optionalSections = ['place', 'peopleInvolved', 'effect', 'witnesses', 'police'] as const;
export type OptionalSection = (typeof optionalSections)[number];

/** Whether anything at all was entered in the section: a space typed or a box ticked counts, so nothing entered is ever folded away. */
export function hasContent(section: OptionalSection, form: EditorForm): boolean {
  if (form.privateFields.includes(section)) return true;
  switch (section) {
    case 'place': return form.place.text !== '' || form.place.latitude !== undefined;
    case 'witnesses': return form.witnesses.length > 0;
    case 'police': return [form.police.journalNumber, form.police.officer, form.police.phone].some((text) => text !== '');
    default: return form[section] !== '';
  }
}

/**
 * Which optional sections are open: those with content (an edited incident, a restored draft, a merged conflict) and
 * those the person opened. Once open, a section stays open, so clearing its last field never hides it under the cursor.
 */
export function useOptionalSections(form: EditorForm) {
  const [kept, setKept] = useState<ReadonlySet<OptionalSection>>(() => new Set());
  const open = optionalSections.filter((section) => kept.has(section) || hasContent(section, form));
  useEffect(() => {
    if (open.some((section) => !kept.has(section))) setKept(new Set([...kept, ...open]));
  }, [open.join()]);
  return {
    isOpen: (section: OptionalSection) => open.includes(section),
    open: (section: OptionalSection) => setKept((current) => new Set([...current, section])),
  };
}
