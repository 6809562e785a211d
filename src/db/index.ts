// The only door to stored user content. Screens import from here, never Dexie or the tables;
// encryption at rest will be added behind these verbs. First-paint code (the timeline) imports the read modules
// directly instead: through this barrel every verb would land in the first-paint bundle.
export { addIncident, updateIncident, saveIncident, trashIncident, restoreIncident } from './incidents';
export type { IncidentSave } from './incidents';
export { getIncident, listIncidents, listTrash } from './incidentQueries';
export type { IncidentFilter } from './incidentQueries';
export { attachFile, listAttachments, getAttachmentFile, removeAttachment } from './attachments';
export type { AttachOptions } from './attachments';
export { saveIncidentWithFiles } from './wholeSave';
export type { NewFile } from './wholeSave';
export { removeUnlinkedFiles } from './unlinkedFiles';
export { firstThumbnails } from './thumbnails';
export { saveDraft, loadDraft, discardDraft, listDrafts, adoptDraft } from './drafts';
export type { DraftAddress, DraftSummary } from './drafts';
export { getCaseDetails, saveCaseDetails, listPeople, savePerson, removePerson } from './caseFile';
export type { PersonSave } from './caseFile';
export { listRevisions, verifyHistory } from './revisions';
export { verifyLog, verifyIncident, checkSealText } from './verify';
export { verifyLogOffThread } from './verifyOffThread';
export type { VerifyProgress, IncidentVerification } from './verify';
export { recordIssuedHead, listIssuedHeads } from './heads';
export { eraseIncident } from './erase';
export { getQuickExitSite, setQuickExitSite, getAlarmSignal, setAlarmSignal } from './preferences';
export { deleteEverythingOnThisPhone } from './deleteEverything';
export { gatherReportData } from './reportData';
export { StorageFullError, ValidationError, NotFoundError, ConflictError, FileNotStoredError, isStorageFull } from './errors';
export type { Problem } from './errors';
