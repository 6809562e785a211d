import type { Instant } from '../types';

/** Where the phone was when the alarm started, as far as the browser would say. */
export type AlarmPosition =
  | {
    status: 'found';
    latitude: number;
    longitude: number;
    accuracyMeters: number;
    /** When the fix was taken; older than the alarm when `lastKnown`. */
    at: Instant;
    /** No fresh fix came in time: the browser's last known position was used. */
    lastKnown: boolean;
  }
  | { status: 'refused' }
  | { status: 'unavailable' };

/** Five decimals: about one metre, more than any phone's fix is worth. */
export function coordinate(value: number): string {
  return value.toFixed(5);
}

/** A map link the person receiving the text can open on any phone (Google's documented cross-platform form). */
export function mapLink(latitude: number, longitude: number): string {
  return `https://www.google.com/maps/search/?api=1&query=${coordinate(latitude)},${coordinate(longitude)}`;
}

export function roundedAccuracy(accuracyMeters: number): number {
  return Math.max(1, Math.round(accuracyMeters));
}
