// The only door to stored user content. Screens import from here, never Dexie or the tables;
// encryption at rest will be added behind these verbs.
export { addIncident, updateIncident, getIncident, listIncidents, countIncidents, listTrash, trashIncident, restoreIncident } from './incidents';
export type { IncidentFilter } from './incidents';
export { attachFile, listAttachments, getAttachmentFile, removeAttachment } from './attachments';
export type { AttachOptions } from './attachments';
export { firstThumbnails } from './thumbnails';
export { saveDraft, loadDraft, discardDraft } from './drafts';
export { getCaseDetails, saveCaseDetails, listPeople, savePerson, removePerson } from './caseFile';
export { listRevisions, verifyHistory } from './revisions';
export { gatherReportData } from './reportData';
export { StorageFullError, ValidationError, NotFoundError } from './errors';
