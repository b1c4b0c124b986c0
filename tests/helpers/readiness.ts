// Time to ready in a publisher's frame, measured in the pages themselves: from the host page's
// navigation to the story's own `story-ready` mark (the User Timing mark it sets with
// `data-story-ready`), on the one clock both share (the epoch, from each page's performance.timeOrigin).
//   const ms = await timeToReady(page, url);
// It asks the frame from outside, every 100 ms, and never by a wait that runs inside the frame:
// Playwright's waitForFunction and locator waits poll on requestAnimationFrame, and a frame that
// draws every frame has idle periods that a frame left alone on a publisher's page may not.
import { expect, type Page } from '@playwright/test';
import { readyAtInPage } from './readyBound.ts';

/** Loads the host page at `url` and returns the milliseconds from its navigation to the story's readiness. */
export async function timeToReady(page: Page, url: string): Promise<number> {
  await page.goto(url);
  const frame = await (await page.waitForSelector('iframe')).contentFrame();
  if (!frame) throw new Error(`no story frame on ${url}`);
  const readyAt = () => frame.evaluate(readyAtInPage);
  await expect.poll(readyAt, { message: `the story's ready mark on ${url}`, intervals: [100], timeout: 20_000 }).not.toBeNull();
  const hostStart = await page.evaluate(() => performance.timeOrigin);
  return ((await readyAt()) ?? NaN) - hostStart;
}
