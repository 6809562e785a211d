/**
 * How the alarm shows itself: `onTap` offers a loud tone and flashing on the alarm screen, `atOnce` starts them with
 * the alarm, `silent` never makes a sound or lights the screen up (for when being heard is the danger).
 */
export const alarmSignals = ['onTap', 'atOnce', 'silent'] as const;
export type AlarmSignal = (typeof alarmSignals)[number];

export function isAlarmSignal(value: unknown): value is AlarmSignal {
  return typeof value === 'string' && (alarmSignals as readonly string[]).includes(value);
}
