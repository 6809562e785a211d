import type { IncidentKind } from './kinds';

/** Instants are milliseconds since the Unix epoch (UTC); the zone they were entered in is kept beside them. */
export type Instant = number;

export interface Place {
  text: string;
  latitude?: number;
  longitude?: number;
  /** Radius of the position fix in metres, as the browser reported it. */
  accuracyMeters?: number;
}

export interface Witness {
  name: string;
  /** Phone number or e-mail address, as the user wrote it. */
  contact: string;
  note: string;
}

export interface PoliceContact {
  journalNumber: string;
  officer: string;
  phone: string;
}

/** Fields a user may keep out of the police copy of the report. */
export const privatableFields = ['place', 'description', 'peopleInvolved', 'effect', 'witnesses', 'police'] as const;
export type PrivatableField = (typeof privatableFields)[number];

/** What the user enters; everything but kind and time may be empty. */
export interface IncidentInput {
  kind: IncidentKind;
  occurredAt: Instant;
  endedAt?: Instant;
  /** IANA zone the time was entered in, e.g. Europe/Copenhagen. */
  timeZone: string;
  approximate: boolean;
  place: Place;
  /** What happened; words quoted verbatim. */
  description: string;
  peopleInvolved: string;
  effect: string;
  witnesses: Witness[];
  police: PoliceContact;
  keyExample: boolean;
  privateFields: PrivatableField[];
}

export interface Incident extends IncidentInput {
  id: string;
  attachmentIds: string[];
  createdAt: Instant;
  updatedAt: Instant;
  /** Number of revisions of this record in the history (see src/db/README.md); a save based on another is refused. */
  version: number;
  /** Set while the incident is in the trash; evidence is never deleted by a slip. */
  deletedAt?: Instant;
}

/** Metadata of one piece of evidence; the bytes live apart so that lists never load them. */
export interface Attachment {
  id: string;
  incidentId: string;
  fileName: string;
  mimeType: string;
  size: number;
  /** Lowercase hex SHA-256 of the original bytes, computed when added. */
  sha256: string;
  addedAt: Instant;
  /** When the photo or file was made, where it could be read. */
  capturedAt?: Instant;
  /** `recording`: recorded in Spor, from `capturedAt` to `recordedUntil`. */
  capturedAtSource?: 'exif' | 'file' | 'recording';
  /** When a recording made in Spor ended. */
  recordedUntil?: Instant;
  /** "2026-03-29T02:30:00": an EXIF time written without an offset, shown as is with "offset unknown". */
  capturedLocalTime?: string;
  /** Small JPEG preview for images; absent for other files. */
  thumbnail?: Blob;
  /** Number of revisions of this record in the history. */
  version: number;
}

export interface PersonOfConcern {
  id: string;
  name: string;
  relation: string;
  phones: string[];
  emails: string[];
  profiles: string[];
  vehicle: string;
  description: string;
  photo?: Blob;
  photoType?: string;
  updatedAt: Instant;
  /** Number of revisions of this record in the history. */
  version: number;
}

export interface RestrainingOrder {
  /** Calendar dates as yyyy-MM-dd. */
  issuedOn: string;
  expiresOn: string;
  journalNumber: string;
  note: string;
}

/** Someone the user trusts, who can get the alarm text. */
export interface TrustedPerson {
  name: string;
  /** As typed; links use its international form (internationalPhoneNumber). */
  phone: string;
  getsAlarmText: boolean;
}

export interface CaseDetails {
  /** The user's own name for the report; may stay empty. */
  ownName: string;
  /** The date the person clearly said no, as yyyy-MM-dd. */
  clearNoDate: string;
  clearNoNote: string;
  restrainingOrders: RestrainingOrder[];
  /** People to alert; absent in records saved before the alarm existed. Not printed in the report. */
  trustedPeople?: TrustedPerson[];
  updatedAt: Instant;
  /** Number of revisions of the case record in the history; 0 while nothing was saved. */
  version: number;
}

/**
 * `erase`: the user deleted an incident for good; the record names which revisions lost their content, nothing more.
 * `import`: a record came in from a backup into a log that already held entries; its changes are the whole record.
 */
export type RevisionAction = 'create' | 'edit' | 'delete' | 'restore' | 'attach' | 'detach' | 'save' | 'erase' | 'import';
export type RevisionEntity = 'incident' | 'attachment' | 'person' | 'case';

export interface FieldChange {
  field: string;
  before?: unknown;
  after?: unknown;
}

/**
 * One entry of the append-only, hash-chained history. Recipe 1 (no `recipe` field, the first release) hashes the
 * changes themselves; recipe 2 hashes metadata plus `contentHash`, so content can be erased (or, later, encrypted)
 * while the chain still verifies. See src/db/README.md.
 */
export interface Revision {
  /** Absent on recipe-1 revisions. */
  recipe?: 2;
  seq: number;
  at: Instant;
  action: RevisionAction;
  entity: RevisionEntity;
  entityId: string;
  /** For incidents, the incident's id; lets the report count edits per incident. */
  incidentId?: string;
  /** Empty once erased. */
  changes: FieldChange[];
  /** Recipe 2: SHA-256 of canonical JSON `{ salt, changes }`; the random salt keeps erased short values unguessable. */
  contentHash?: string;
  contentSalt?: string;
  /** Set when the user deleted the incident for good and this revision's content was erased. */
  erasedAt?: Instant;
  prevHash: string;
  hash: string;
}

export interface HistoryCheck {
  ok: boolean;
  count: number;
  headHash: string;
  /** Sequence number of the first revision that does not match its hash or chain. */
  brokenAt?: number;
}
