import { sniffContentType } from '../domain/contentType';

/** Enough of the start of a file to tell its kind, an Office file's part names included. */
const sniffBytes = 64 * 1024;

/** The file's type from its content, not from its name or the type the browser guessed from the name. */
export async function readContentType(file: Blob): Promise<string> {
  return sniffContentType(new Uint8Array(await file.slice(0, sniffBytes).arrayBuffer()));
}
