// Serves the built app on 127.0.0.1 with the same security headers in every setting: `npm start`,
// the browser tests and the benchmarks. A tiny static server so tests can swap the served build
// (update test) without restarting.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync, constants as zlib } from 'node:zlib';
import { securityHeaders } from './csp.mjs';

const mimeTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

const compressible = /^(text\/|application\/(json|manifest\+json)|image\/svg)/;
/** Compressed bodies by file, path and size and time (a swapped root or rebuilt file gets a new entry). */
const compressed = new Map();

/** Brotli or gzip as a real host would send them, so tests and Lighthouse measure what a phone downloads. */
function encode(file, info, body, type, acceptEncoding) {
  if (!compressible.test(type) || body.length < 1024) return { body };
  const encoding = /\bbr\b/.test(acceptEncoding) ? 'br' : /\bgzip\b/.test(acceptEncoding) ? 'gzip' : undefined;
  if (!encoding) return { body };
  const key = `${encoding} ${file} ${info.size} ${info.mtimeMs}`;
  if (!compressed.has(key)) {
    compressed.set(key, encoding === 'br'
      ? brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: body.length } })
      : gzipSync(body, { level: 9 }));
  }
  return { body: compressed.get(key), encoding };
}

/**
 * `securityHeaders: false` plays a static host that sends none (what the service worker must make up for).
 * @param {{ root: string, port?: number, host?: string, securityHeaders?: boolean }} options
 * @returns {Promise<{ url: string, setRoot(root: string): void, close(): Promise<void> }>}
 */
export async function startServer({ root, port = 0, host = '127.0.0.1', securityHeaders: sendSecurityHeaders = true }) {
  const policyHeaders = sendSecurityHeaders ? securityHeaders : {};
  let servedRoot = resolve(root);
  const server = createServer(async (request, response) => {
    try {
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
      let file = normalize(join(servedRoot, path));
      if (!file.startsWith(servedRoot)) throw Object.assign(new Error('outside root'), { code: 'ENOENT' });
      let info = await stat(file).catch(() => null);
      if (!info || info.isDirectory()) {
        file = join(servedRoot, 'index.html'); // single-page app
        info = await stat(file);
      }
      const type = mimeTypes[extname(file)] ?? 'application/octet-stream';
      const { body, encoding } = encode(file, info, await readFile(file), type, String(request.headers['accept-encoding'] ?? ''));
      const isHashedAsset = path.startsWith('/assets/');
      response.writeHead(200, {
        ...policyHeaders,
        'Content-Type': type,
        ...(encoding ? { 'Content-Encoding': encoding } : {}),
        Vary: 'Accept-Encoding',
        // Hashed assets are immutable; the page, manifest and service worker are revalidated to see updates.
        'Cache-Control': isHashedAsset ? 'public, max-age=31536000, immutable' : 'no-cache',
      });
      response.end(body);
    } catch {
      response.writeHead(404, policyHeaders);
      response.end('Not found');
    }
  });
  await new Promise((done) => server.listen(port, host, done));
  const address = server.address();
  return {
    url: `http://${host}:${typeof address === 'object' && address ? address.port : port}`,
    setRoot(next) {
      servedRoot = resolve(next);
    },
    close: () => new Promise((done) => {
      server.close(() => done());
      server.closeAllConnections(); // keep-alive connections too, so a test can take the site away at once
    }),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = process.argv[2] ?? 'dist';
  const port = Number(process.env.PORT ?? 4173);
  const { url } = await startServer({ root, port });
  console.log(`Spor is served at ${url}/ (Ctrl+C stops it)`);
}
