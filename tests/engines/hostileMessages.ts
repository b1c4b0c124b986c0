// Hostile messages between a host page and the embedded story: wrong shapes, wrong version, NaN,
// absurd values, huge payloads. Each volley ends with a probe message; messages between two
// windows arrive in order, so once the probe is seen (and two frames drawn) every one was handled.
//   await hostileToStory(page); await hostileToHost(page);
import type { EnginePage } from './driver.ts';
import { frameOf, waitFor, type Doc } from './moves.ts';

const PROBE = 'engine-run-probe';

/** In a window: starts noting the probe's arrival. */
function listenForProbe(probe: string): void {
  const seen = window as unknown as Record<string, boolean>;
  seen[probe] = false;
  window.addEventListener('message', (event: MessageEvent) => {
    if (event.data === probe) seen[probe] = true;
  });
}

async function waitForProbe(doc: Doc): Promise<void> {
  await waitFor(() => doc.evaluate((probe: string) => (window as unknown as Record<string, boolean>)[probe] === true, PROBE), Boolean, 'the probe after the hostile messages');
  await doc.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/** From the host page to the story. */
export async function hostileToStory(page: EnginePage): Promise<void> {
  await page.evaluateInFrame(listenForProbe, PROBE);
  await page.evaluate((probe: string) => {
    const story = document.querySelector('iframe')?.contentWindow;
    const geometry = { source: 'gassama-host', version: 1, type: 'geometry', iframeHeight: 9000, viewportHeight: 800, viewportWidth: 1200 };
    const hostile: unknown[] = [
      null, 'geometry', 42, [geometry],
      { ...geometry, iframeTop: Number.NaN },
      { ...geometry, iframeTop: 0, viewportHeight: Number.POSITIVE_INFINITY },
      { ...geometry, iframeTop: -1e12 },
      { ...geometry, iframeTop: 0, version: 2 },
      { ...geometry, iframeTop: '0' },
      { ...geometry, iframeTop: 0, junk: 'x'.repeat(5_000_000), a: 1, b: 2, c: 3, d: 4 },
      { source: 'gassama-host', version: 1, type: 'scroll-to', offset: 0 },
      probe,
    ];
    for (const message of hostile) story?.postMessage(message, '*');
  }, PROBE);
  await waitForProbe(frameOf(page));
}

/** To the host page: from the story, and from the host page itself. */
export async function hostileToHost(page: EnginePage): Promise<void> {
  await page.evaluate(listenForProbe, PROBE);
  await page.evaluateInFrame((probe: string) => {
    const hostile: unknown[] = [
      { source: 'gassama-story', version: 1, type: 'height', height: 1e12 },
      { source: 'gassama-story', version: 1, type: 'height', height: Number.NaN },
      { source: 'gassama-story', version: 1, type: 'height', height: -5 },
      { source: 'gassama-story', version: 1, type: 'scroll-to', offset: Number.POSITIVE_INFINITY },
      { source: 'gassama-story', version: 9, type: 'height', height: 300 },
      probe,
    ];
    for (const message of hostile) window.parent.postMessage(message, '*');
  }, PROBE);
  await waitForProbe(page);
  await page.evaluate(listenForProbe, PROBE);
  await page.evaluate((probe: string) => {
    window.postMessage({ source: 'gassama-story', version: 1, type: 'height', height: 300 }, '*');
    window.postMessage(probe, '*');
  }, PROBE);
  await waitForProbe(page);
}
