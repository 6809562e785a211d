import { db } from './database';
import { fromStoredBytes } from './rowBytes';

/** For each incident, the preview of its first attachment that has one (lists show it without loading any file). */
export async function firstThumbnails(incidentIds: string[]): Promise<Map<string, Blob>> {
  const attachments = await db.attachments.where('incidentId').anyOf(incidentIds).toArray();
  attachments.sort((a, b) => a.addedAt - b.addedAt);
  const previews = new Map<string, Blob>();
  for (const attachment of attachments) {
    if (attachment.thumbnail && !previews.has(attachment.incidentId)) previews.set(attachment.incidentId, fromStoredBytes(attachment.thumbnail));
  }
  return previews;
}
