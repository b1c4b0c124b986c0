// A publisher's page is never on the story's site, so its frame is cross-site (in Chromium, a
// process of its own) and, in WordPress's embed of an untrusted provider, sandboxed with
// allow-scripts only. The story must be ready there as fast as in a frame on a host of its own site.
import { expect, test } from '../../../../tests/helpers/test.ts';
import { startHostServer, type HostServer } from '../../../../tests/helpers/hostServer.ts';
import { timeToReady } from '../../../../tests/helpers/readiness.ts';
import { READY_ROUNDS, isWithinReadyBound, median, readyReport } from '../../../../tests/helpers/readyBound.ts';

let host: HostServer | undefined;

test.beforeAll(async ({ baseURL }) => {
  host = await startHostServer(new URL(baseURL ?? '').origin);
});
test.afterAll(async () => host?.close());

test('a cross-site and a sandboxed frame are ready as fast as a same-site one', async ({ page }) => {
  test.setTimeout(120_000);
  if (!host) throw new Error('no host server');
  const crossSite = host.url({ isResponsive: false });
  const kinds = {
    sameSite: crossSite.replace(host.origin, host.sameSiteOrigin),
    crossSite,
    sandboxed: host.pageUrl({ kind: 'sandboxed', sandbox: 'allow-scripts' }),
  };
  const times: Record<keyof typeof kinds, number[]> = { sameSite: [], crossSite: [], sandboxed: [] };
  for (let round = 0; round < READY_ROUNDS; round += 1) {
    for (const kind of Object.keys(kinds) as (keyof typeof kinds)[]) times[kind].push(await timeToReady(page, kinds[kind]));
  }
  const sameSite = median(times.sameSite);
  const report = readyReport(times);
  test.info().annotations.push({ type: 'time to ready', description: report });
  expect(isWithinReadyBound(median(times.crossSite), sameSite), `cross-site frame: ${report}`).toBe(true);
  expect(isWithinReadyBound(median(times.sandboxed), sameSite), `sandboxed frame: ${report}`).toBe(true);
});
