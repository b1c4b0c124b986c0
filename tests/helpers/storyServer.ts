// Serves a story's production build on a free port of 127.0.0.1, reached as localhost, as
// `vite preview` does for Playwright, with the build's hosting headers (its _headers file); it can
// put one script of ours first in every story page.
//   const story = await startStoryServer({ dir: DIST, firstScript: RECORDER_SOURCE }); … await story.close();
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { headersFor, parseHeaders } from '../../scripts/hostingHeaders.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** Where the first script is served; same origin, so the page's CSP lets it run. */
export const FIRST_SCRIPT_PATH = '/__first-script.js';

export interface StoryServerOptions {
  /** Source of a classic script placed before every other script of the story's pages. */
  firstScript?: string;
  /** The story's build to serve. */
  dir: string;
}

export interface StoryServer {
  /** http://localhost:<port>: another origin than the host page's 127.0.0.1. */
  origin: string;
  close: () => Promise<void>;
}

function withFirstScript(html: string): string {
  // Right after the CSP meta tag, so it runs before the story's module script and its preloads.
  return html.replace(/(<meta http-equiv="Content-Security-Policy"[^>]*>)/, `$1<script src="${FIRST_SCRIPT_PATH}"></script>`);
}

export async function startStoryServer(options: StoryServerOptions): Promise<StoryServer> {
  const root = resolve(options.dir);
  const headersFile = join(root, '_headers');
  const rules = existsSync(headersFile) ? parseHeaders(readFileSync(headersFile, 'utf8')) : [];
  const server: Server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    if (options.firstScript !== undefined && pathname === FIRST_SCRIPT_PATH) {
      response.writeHead(200, { 'content-type': TYPES['.js'] ?? '' }).end(options.firstScript);
      return;
    }
    const file = normalize(join(root, pathname.endsWith('/') ? `${pathname}index.html` : pathname));
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => {
        const type = TYPES[extname(file)] ?? 'application/octet-stream';
        const isPage = extname(file) === '.html';
        const sent = isPage && options.firstScript !== undefined ? withFirstScript(body.toString('utf8')) : body;
        // The build's headers as a host would send them, with caching off: every test sees this build.
        response.writeHead(200, { ...headersFor(rules, pathname), 'content-type': type, 'cache-control': 'no-store' }).end(sent);
      },
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolveListen) => server.listen(0, '127.0.0.1', resolveListen));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://localhost:${port}`,
    close: () =>
      new Promise((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
}
