// Time to ready in a publisher's frame: the story in a fixed-height iframe on a host page of its own
// site, of another site, and of another site sandboxed with allow-scripts only (WordPress's embed of
// an untrusted provider), in Chromium; from the host page's navigation to the story's `story-ready`
// mark, read from outside the frame every 50 ms. Medians of alternated rounds, and each against the
// same-site frame.
//   const report = await measureFrames({ storyPort: 4376, hostPort: 4390, runs: 3 });
import { createServer } from 'node:http';
import { chromium } from '@playwright/test';
import { CHROMIUM, CHROMIUM_FLAGS } from './bench-lighthouse.mjs';

const hostPage = (src, sandbox) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Host page</title></head>
<body><h1>Host page</h1><p>The publisher’s own article text runs here, above the embedded story.</p><iframe src="${src}"${sandbox ? ' sandbox="allow-scripts"' : ''} title="The story" style="width:100%;height:600px;border:0"></iframe></body></html>`;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function timeToReady(page, url) {
  await page.goto(url);
  const frame = await (await page.waitForSelector('iframe')).contentFrame();
  const deadline = Date.now() + 30_000;
  for (;;) {
    const readyAt = await frame.evaluate(() => {
      const mark = performance.getEntriesByName('story-ready', 'mark')[0];
      return mark ? performance.timeOrigin + mark.startTime : null;
    });
    if (readyAt !== null) return Math.round(readyAt - (await page.evaluate(() => performance.timeOrigin)));
    if (Date.now() > deadline) throw new Error(`The story in ${url} was not ready after 30 s`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export async function measureFrames({ storyPort, hostPort, runs }) {
  const host = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(hostPage(`http://localhost:${storyPort}/?embed`, url.searchParams.has('sandboxed')));
  });
  await new Promise((resolve) => host.listen(hostPort, '127.0.0.1', resolve));
  // The story is on localhost: the host reached as localhost is on its site, as 127.0.0.1 on another.
  const kinds = { sameSite: `http://localhost:${hostPort}/`, crossSite: `http://127.0.0.1:${hostPort}/`, sandboxed: `http://127.0.0.1:${hostPort}/?sandboxed` };
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  const times = { sameSite: [], crossSite: [], sandboxed: [] };
  try {
    for (let run = 1; run <= runs; run += 1) {
      for (const [kind, url] of Object.entries(kinds)) {
        console.log(`Time to ready in a frame, ${kind}, run ${run} of ${runs}…`);
        const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
        times[kind].push(await timeToReady(page, url));
        await page.close();
      }
    }
  } finally {
    await browser.close();
    host.close();
  }
  const sameSite = median(times.sameSite);
  const of = (kind) => ({ medianMs: median(times[kind]), ratio: Number((median(times[kind]) / sameSite).toFixed(2)), runs: times[kind] });
  return { sameSite: of('sameSite'), crossSite: of('crossSite'), sandboxed: of('sandboxed') };
}
