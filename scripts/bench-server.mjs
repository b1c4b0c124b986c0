// The benchmark's own static file server, as a CDN serves a build: each text file gzipped once, at the
// highest level, and sent whole with its Content-Length; long caching for Vite's hashed assets.
// (plain-gzip-server.mjs is the other kind: compressed on the fly, chunked.)
//   const server = await serveDirectory('dist', 4376); … server.close();
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { constants, gzipSync } from 'node:zlib';

export const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json',
};
export const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.svg', '.txt', '.json']);

/** The file a request asks for under `root` (a folder's index.html); answers 403 or 404 itself where there is none. */
export function fileFor(root, request, response) {
  const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
  let file = normalize(join(root, pathname));
  if (!file.startsWith(normalize(root))) {
    response.writeHead(403).end();
    return { pathname };
  }
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    return { pathname };
  }
  return { pathname, file };
}

export function serveDirectory(root, port) {
  const compressed = new Map();
  const server = createServer((request, response) => {
    const { pathname, file } = fileFor(root, request, response);
    if (!file) return;
    const type = extname(file);
    const headers = {
      'content-type': CONTENT_TYPES[type] ?? 'application/octet-stream',
      'cache-control': pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      // As the build's _headers asks of every host: a frame sandboxed without allow-same-origin has
      // an opaque origin, and its module scripts and fonts are CORS requests.
      'access-control-allow-origin': '*',
    };
    const isGzip = COMPRESSIBLE.has(type) && /\bgzip\b/.test(String(request.headers['accept-encoding']));
    if (isGzip && !compressed.has(file)) compressed.set(file, gzipSync(readFileSync(file), { level: constants.Z_BEST_COMPRESSION }));
    const body = isGzip ? compressed.get(file) : readFileSync(file);
    if (isGzip) headers['content-encoding'] = 'gzip';
    response.writeHead(200, { ...headers, 'content-length': body.length }).end(body);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}
