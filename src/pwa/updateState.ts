// Part of the first-paint bundle: only the state the shell watches; the update flow itself (update.ts) loads lazily.
import { signal } from '@preact/signals';

export type UpdateState = 'none' | 'waiting' | 'applying' | 'postponed';
export const updateState = signal<UpdateState>('none');
export const updateError = signal<string | undefined>(undefined);
