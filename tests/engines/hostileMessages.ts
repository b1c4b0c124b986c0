// Hostile messages between a host page and the embedded story: wrong shapes, wrong version, NaN,
// absurd values, huge payloads. Each volley ends with a probe message; messages between two
// windows arrive in order, so once the probe is seen (and two frames drawn) every one was handled.
//   await hostileToStory(page); await hostileToHost(page);
import type { EnginePage } from './driver.ts';
import { hasSeenProbe, listenForProbe, postForgedHeightToHost, postHostileToHost, postHostileToStory } from '../helpers/inPage.ts';
import { frameOf, waitFor, type Doc } from './moves.ts';

const PROBE = 'engine-run-probe';

async function waitForProbe(doc: Doc): Promise<void> {
  await waitFor(() => doc.evaluate(hasSeenProbe, PROBE), Boolean, 'the probe after the hostile messages');
  await doc.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/** From the host page to the story. */
export async function hostileToStory(page: EnginePage): Promise<void> {
  await page.evaluateInFrame(listenForProbe, PROBE);
  await page.evaluate(postHostileToStory, PROBE);
  await waitForProbe(frameOf(page));
}

/** To the host page: from the story, and from the host page itself. */
export async function hostileToHost(page: EnginePage): Promise<void> {
  await page.evaluate(listenForProbe, PROBE);
  await page.evaluateInFrame(postHostileToHost, PROBE);
  await waitForProbe(page);
  await page.evaluate(listenForProbe, PROBE);
  await page.evaluate(postForgedHeightToHost, PROBE);
  await waitForProbe(page);
}
