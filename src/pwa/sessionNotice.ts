import { signal } from '@preact/signals';
import type { ComponentType } from 'preact';

/** Set after first paint when the session keeps nothing (sessionCheck.ts): the warning, loaded only then. */
export const sessionWarning = signal<ComponentType | undefined>(undefined);
