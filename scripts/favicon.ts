// Serves and emits /favicon.png, drawn from our own assets/favicon.svg.
//   plugins: [favicon()]
// Why a PNG: Chromium fetches the page's icon again each time the address changes, and the story
// rewrites its #step fragment at every step. An SVG icon is parsed into a document of its own on the
// main thread each time (25-70 ms on a phone-speed CPU, in the middle of a scroll); a small PNG
// decodes in well under a millisecond.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import type { Plugin } from 'vite';

const SOURCE = join(import.meta.dirname, '..', 'assets', 'favicon.svg');
export const FAVICON_FILE = 'favicon.png';
/** Sharp at 16 CSS px on a 3× screen. */
const SIZE_PX = 48;

function drawFavicon(): Buffer {
  return new Resvg(readFileSync(SOURCE), { fitTo: { mode: 'width', value: SIZE_PX } }).render().asPng();
}

export function favicon(): Plugin {
  return {
    name: 'favicon',
    configureServer(server) {
      server.middlewares.use(`/${FAVICON_FILE}`, (_request, response) => {
        response.setHeader('Content-Type', 'image/png');
        response.end(drawFavicon());
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: FAVICON_FILE, source: drawFavicon() });
    },
  };
}
