// A publisher's page on another origin (127.0.0.1 and its own port, where the story is on
// localhost), serving the two embed snippets around some filler text, and the pages of other
// hosts' kinds (hostPages.ts: pym.js, WordPress, pasted oEmbed html, sandboxed frames).
//   const host = await startHostServer(storyOrigin); host.url({ isResponsive: true }); host.pageUrl({ kind: 'pym', … }); … await host.close();
// A `firstScriptUrl` is loaded before anything else on the host page (the cross-engine runs use it
// to record errors where the browser's driver cannot report them).
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { PYM_SCRIPT_PATH, hostPage, type HostPageOptions } from './hostPages.ts';

/** The pym.js package's own build (npm pym.js 1.3.2), as a CMS that uses pym serves it. */
const PYM_SOURCE = readFileSync(join(createRequire(import.meta.url).resolve('pym.js/package.json'), '..', 'dist', 'pym.v1.min.js'), 'utf8');

const FILLER = '<p>The publisher’s own article text runs here, above and below the embedded story.</p>'.repeat(6);

export interface EmbedPageOptions {
  /** Adds `data-scrolly-embed` and the embed.js script. */
  isResponsive: boolean;
  /** Leaves out embed.js although the iframe is marked for it, as a CMS that strips scripts would. */
  isScriptMissing?: boolean;
  /** The fragment to deep-link to. */
  hash?: string;
  /** The edition's page to embed ("/fr/"); the default edition's ("/") otherwise. */
  path?: string;
}

function page(storyOrigin: string, options: EmbedPageOptions, firstScriptUrl?: string): string {
  const src = `${storyOrigin}${options.path ?? '/'}?embed${options.hash ?? ''}`;
  const iframe = options.isResponsive
    ? `<iframe src="${src}" title="The story" style="width:100%;border:0" data-scrolly-embed></iframe>`
    : `<iframe src="${src}" title="The story" style="width:100%;height:600px;border:0"></iframe>`;
  const script = options.isResponsive && !options.isScriptMissing ? `<script src="${storyOrigin}/embed.js" async></script>` : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
${firstScriptUrl ? `<script src="${firstScriptUrl}"></script>` : ''}<title>Host page</title><style>body{margin:0;font:17px/1.5 Georgia,serif}main{max-width:900px;margin:0 auto;padding:0 12px}</style></head>
<body><main><h1>Host page</h1>${FILLER}${iframe}${FILLER}</main>${script}</body></html>`;
}

export interface HostServer {
  origin: string;
  /** The same server reached as localhost: a host on the story's own site, for comparison. */
  sameSiteOrigin: string;
  /** URL of a host page with the given embed. */
  url: (options: EmbedPageOptions) => string;
  /** URL of a host page of another kind (hostPages.ts). */
  pageUrl: (options: HostPageOptions) => string;
  close: () => Promise<void>;
}

export async function startHostServer(storyOrigin: string, firstScriptUrl?: string): Promise<HostServer> {
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === PYM_SCRIPT_PATH) {
      response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(PYM_SOURCE);
      return;
    }
    if (url.pathname === '/page.html') {
      const options = JSON.parse(url.searchParams.get('options') ?? '{}') as HostPageOptions;
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(hostPage(storyOrigin, options, firstScriptUrl));
      return;
    }
    if (url.pathname !== '/host.html') {
      // The browser asks every origin for a favicon; the host page has none to give.
      response.writeHead(url.pathname === '/favicon.ico' ? 204 : 404).end();
      return;
    }
    const options: EmbedPageOptions = {
      isResponsive: url.searchParams.get('mode') === 'responsive',
      isScriptMissing: url.searchParams.has('noscript'),
      hash: url.searchParams.get('hash') ?? undefined,
    };
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(storyOrigin, options, firstScriptUrl));
  });
  // Port 0: a free port per test worker, so desktop and mobile runs never collide.
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    origin,
    sameSiteOrigin: origin.replace('//127.0.0.1:', '//localhost:'),
    url: (options) => {
      const query = new URLSearchParams({ mode: options.isResponsive ? 'responsive' : 'fixed' });
      if (options.isScriptMissing) query.set('noscript', '1');
      if (options.hash) query.set('hash', options.hash);
      return `${origin}/host.html?${query.toString()}`;
    },
    pageUrl: (options) => `${origin}/page.html?${new URLSearchParams({ options: JSON.stringify(options) }).toString()}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
