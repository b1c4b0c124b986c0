// A plain static server as a publisher's or a small newsroom's host runs one: every text file gzipped
// on the fly as it is read (a zlib stream at nginx's default `gzip_comp_level 1`), sent chunked, with
// no Content-Length and no caching rules. The benchmark measures first paint in it as well as in its
// own server (bench-server.mjs, precompressed): a figure that holds in only one server does not hold.
//   const server = await servePlainGzip('dist', 4380); … server.close();
import { createReadStream } from 'node:fs';
import { createServer } from 'node:http';
import { extname } from 'node:path';
import { constants, createGzip } from 'node:zlib';
import { CONTENT_TYPES, COMPRESSIBLE, fileFor } from './bench-server.mjs';

export function servePlainGzip(root, port) {
  const server = createServer((request, response) => {
    const { file } = fileFor(root, request, response);
    if (!file) return;
    const type = extname(file);
    const isGzip = COMPRESSIBLE.has(type) && /\bgzip\b/.test(String(request.headers['accept-encoding']));
    response.writeHead(200, { 'content-type': CONTENT_TYPES[type] ?? 'application/octet-stream', ...(isGzip && { 'content-encoding': 'gzip' }) });
    const stream = createReadStream(file);
    (isGzip ? stream.pipe(createGzip({ level: constants.Z_BEST_SPEED })) : stream).pipe(response);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}
