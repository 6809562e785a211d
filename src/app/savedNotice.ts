import { signal } from '@preact/signals';

/** The record just saved and when, so the screen that follows the editor can confirm it with the time. */
export const savedNotice = signal<{ id: string; at: number } | undefined>(undefined);

export function showSaved(id: string, at = Date.now()): void {
  savedNotice.value = { id, at };
}
