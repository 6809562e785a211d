import { putShare, readInboxKey } from '../capture/inboxDb';
import { sealShare } from '../crypto/inboxSeal';
import { readShareForm } from '../domain/share';

// Web Share Target: another app posts text and files to ./share-target (see public/manifest.webmanifest). They are
// sealed to the inbox's public key at once, so the service worker stores nothing it could read back, and the app
// opens a new incident with them (#/shared/<id>). Without an inbox key (Spor was never opened) nothing is stored and
// the app says so.

export const shareTargetPath = '/share-target';

export async function receiveShare(request: Request, scope: string): Promise<Response> {
  const key = await readInboxKey().catch(() => undefined);
  if (!key) return Response.redirect(new URL('./#/shared', scope).href, 303);
  const { manifest, files } = readShareForm(await request.formData(), Date.now());
  const parts = [new TextEncoder().encode(JSON.stringify(manifest)), ...(await Promise.all(files.map(async (file) => new Uint8Array(await file.arrayBuffer()))))];
  const id = crypto.randomUUID();
  const sealed = await sealShare(new Uint8Array(key.publicKey), id, parts);
  await putShare({ id, ephemeralPublicKey: sealed.ephemeralPublicKey.buffer, parts: sealed.parts.map((part) => part.buffer) });
  return Response.redirect(new URL(`./#/shared/${id}`, scope).href, 303);
}
