import { deviceTimeZone } from '../domain/zone';
import type { Revision } from '../domain/types';
import type { AnnexFacts, IncidentHistory, ReportData, ReportOptions } from '../report/types';
import { getCaseDetails, listPeople } from './caseFile';
import { db } from './database';
import { listIncidents } from './incidentQueries';
import type { VerifyProgress } from './verify';
import { verifyLogOffThread } from './verifyOffThread';

/** Per incident: when it was first written, last changed, and how many changes came after the first writing. */
function historyPerIncident(revisions: Revision[]): Record<string, IncidentHistory> {
  const history: Record<string, IncidentHistory> = {};
  for (const revision of revisions) {
    if (!revision.incidentId) continue;
    const known = history[revision.incidentId];
    if (!known) history[revision.incidentId] = { firstWrittenAt: revision.at, lastChangedAt: revision.at, changes: 0 };
    else history[revision.incidentId] = { ...known, lastChangedAt: revision.at, changes: known.changes + 1 };
  }
  return history;
}

/**
 * Everything the report prints, read in one go, with a full verification (every file re-hashed, with progress);
 * attachment bytes stay behind (read them one at a time with getAttachmentFile).
 */
export async function gatherReportData(options: Pick<ReportOptions, 'from' | 'to' | 'kinds'>, now = Date.now(), onVerifyProgress?: (progress: VerifyProgress) => void): Promise<ReportData> {
  const verification = await verifyLogOffThread({ files: 'hashed', now, onProgress: onVerifyProgress });
  const incidents = await listIncidents({ from: options.from, to: options.to, kinds: options.kinds });
  const ids = new Set(incidents.map((incident) => incident.id));
  const rows = await db.attachments.where('incidentId').anyOf([...ids]).toArray();
  const byId = new Map(rows.map(({ thumbnail: _thumbnail, ...facts }) => [facts.id, facts as AnnexFacts]));
  const attachments: Record<string, AnnexFacts[]> = {};
  for (const incident of incidents) {
    attachments[incident.id] = incident.attachmentIds.map((id) => byId.get(id)).filter((facts): facts is AnnexFacts => !!facts);
  }
  const revisions = await db.revisions.orderBy('seq').toArray();
  const history = historyPerIncident(revisions.filter((revision) => revision.incidentId && ids.has(revision.incidentId)));
  const people = (await listPeople()).map(({ photo: _photo, ...person }) => person);
  return {
    incidents,
    attachments,
    people,
    caseDetails: await getCaseDetails(),
    history,
    verification,
    generatedAt: now,
    timeZone: deviceTimeZone(),
  };
}
