// The only door to stored user content. Screens import from here, never Dexie or the tables;
// encryption at rest will be added behind these verbs. First-paint code (the timeline) imports the read modules
// directly instead: through this barrel every verb would land in the first-paint bundle.
export { addIncident, updateIncident, trashIncident, restoreIncident } from './incidents';
export { getIncident, listIncidents, countIncidents, listTrash } from './incidentQueries';
export type { IncidentFilter } from './incidentQueries';
export { attachFile, listAttachments, getAttachmentFile, removeAttachment } from './attachments';
export type { AttachOptions } from './attachments';
export { firstThumbnails } from './thumbnails';
export { saveDraft, loadDraft, discardDraft } from './drafts';
export { getCaseDetails, saveCaseDetails, listPeople, savePerson, removePerson } from './caseFile';
export { listRevisions, verifyHistory } from './revisions';
export { verifyLog, verifyIncident, checkSealText } from './verify';
export type { VerifyProgress, IncidentVerification } from './verify';
export { recordIssuedHead, listIssuedHeads } from './heads';
export { eraseIncident } from './erase';
export { getQuickExitSite, setQuickExitSite } from './preferences';
export { gatherReportData } from './reportData';
export { StorageFullError, ValidationError, NotFoundError } from './errors';
