/** The kinds of incident from the field (Dansk Stalking Center's categories), in the order shown to the user. */
export const incidentKinds = [
  'call',
  'message',
  'email',
  'letter',
  'online',
  'following',
  'watching',
  'tracking',
  'delivery',
  'rumours',
  'contactingOthers',
  'vandalism',
  'threat',
  'violence',
  /** Started from Spor's alarm: the time, position, who the text went to and the recording. */
  'alarm',
  'other',
] as const;

export type IncidentKind = (typeof incidentKinds)[number];

export function isIncidentKind(value: unknown): value is IncidentKind {
  return typeof value === 'string' && (incidentKinds as readonly string[]).includes(value);
}
