// Time to ready in a publisher's frame, in every engine: a frame on a host of another site, and one
// sandboxed with allow-scripts only, each within 1.2× (+200 ms) of the same frame on a host of the
// story's own site (readyBound.ts). Timed by the story's own `story-ready` mark against the host
// page's navigation, read from outside the frame, so no wait of the driver's makes the frame draw.
//   import { READINESS_SCENARIOS } from './readinessScenarios.ts';
import assert from 'node:assert/strict';
import { READY_ROUNDS, isWithinReadyBound, median, readyAtInPage, readyReport } from '../helpers/readyBound.ts';
import type { EnginePage } from './driver.ts';
import { waitFor } from './moves.ts';
import { DESKTOP, type Scenario } from './scenario.ts';

async function timeToReady(page: EnginePage, url: string): Promise<number> {
  await page.goto(url);
  const readyAt = await waitFor(() => page.evaluateInFrame(readyAtInPage), (at) => at !== null, `the story's ready mark on ${url}`);
  const hostStart = await page.evaluate(() => performance.timeOrigin);
  return (readyAt ?? NaN) - hostStart;
}

const readiness: Scenario = {
  name: 'a frame on another site, and a sandboxed one, are ready as fast as a frame on the story’s own site',
  run: async (context) => {
    const page = await context.openPage(DESKTOP);
    const crossSite = context.host.url({ isResponsive: false });
    const kinds: Record<string, string> = { sameSite: crossSite.replace(context.host.origin, context.host.sameSiteOrigin), crossSite };
    // WebKit matches CSP 'self' against a sandboxed frame's opaque origin, so no script of the story
    // runs there unless the build names its serving origin (the published story's engines/hostKindScenarios.ts, WordPress).
    if (context.engine.name !== 'webkit') kinds.sandboxed = context.host.pageUrl({ kind: 'sandboxed', sandbox: 'allow-scripts' });
    const times: Record<string, number[]> = Object.fromEntries(Object.keys(kinds).map((kind) => [kind, []]));
    for (let round = 0; round < READY_ROUNDS; round += 1) {
      for (const [kind, url] of Object.entries(kinds)) times[kind]?.push(await timeToReady(page, url));
    }
    const report = readyReport(times);
    context.log(report);
    const sameSite = median(times.sameSite ?? []);
    for (const kind of Object.keys(kinds).filter((name) => name !== 'sameSite')) {
      assert.ok(isWithinReadyBound(median(times[kind] ?? []), sameSite), `${kind} frame: ${report}`);
    }
  },
};

export const READINESS_SCENARIOS: Scenario[] = [readiness];
