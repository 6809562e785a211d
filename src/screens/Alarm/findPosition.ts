import type { AlarmPosition } from '../../domain/alarm/position';

/** How long a fresh, precise fix may take before the last known position is used instead. */
export const freshFixTimeoutMs = 4000;

function askForPosition(options: PositionOptions): Promise<GeolocationPosition> {
  return new Promise((resolve, reject) => navigator.geolocation.getCurrentPosition(resolve, reject, options));
}

function fromFix(fix: GeolocationPosition, lastKnown: boolean): AlarmPosition {
  const { latitude, longitude, accuracy } = fix.coords;
  return { status: 'found', latitude, longitude, accuracyMeters: accuracy, at: fix.timestamp, lastKnown };
}

/**
 * A fresh high-accuracy fix within a few seconds; failing that, the browser's last known position (asked at the same
 * time, answered at once from its cache or not at all); failing that, whether access was refused or nothing was found.
 */
export async function findPosition(): Promise<AlarmPosition> {
  if (!('geolocation' in navigator)) return { status: 'unavailable' };
  const cached = askForPosition({ maximumAge: Infinity, timeout: 0 }).then((fix) => fromFix(fix, true), () => undefined);
  try {
    return fromFix(await askForPosition({ enableHighAccuracy: true, timeout: freshFixTimeoutMs, maximumAge: 10_000 }), false);
  } catch (error) {
    if ((error as GeolocationPositionError).code === 1 /* PERMISSION_DENIED */) return { status: 'refused' };
    return (await cached) ?? { status: 'unavailable' };
  }
}
