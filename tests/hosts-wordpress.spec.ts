// The story as WordPress embeds a provider it does not trust: the iframe alone, sandboxed with
// allow-scripts only (an opaque origin), `#?secret=<secret>` added to its address, hidden until it
// speaks, then sized only by `{ message: 'height', value, secret }` clamped to 200–1000 px (the host
// page's listener behaves as wp-embed.js does, tests/helpers/hostPages.ts).
import { expect, test, type Page } from './helpers/test.ts';
import { STEP_IDS, STORY_UNDER_TEST } from './helpers/underTest.ts';
import { scrollToStep } from './helpers/story.ts';
import { expectFrameOnStep, hostForTheseTests, sendMalformedThousand, storyFrame } from './helpers/frames.ts';

const hostServer = hostForTheseTests();
const SECRET = 'Ab12cD34eF';
/** A step with steps on either side, in the second chapter, and the step after it. */
const MID_STORY_STEP = STORY_UNDER_TEST.chapters[1]!.steps[0]!.id;
const NEXT_STEP = STEP_IDS[STEP_IDS.indexOf(MID_STORY_STEP) + 1]!;

const hostLog = (page: Page) => page.evaluate(() => (window as unknown as { hostLog: { height: number }[] }).hostLog);

test('answers with its height and the secret, and works as the fixed-height embed in the clamped frame', async ({ page }) => {
  await page.goto(hostServer().pageUrl({ kind: 'wordpress', secret: SECRET }));
  const frame = await storyFrame(page);
  // Sandboxed without allow-same-origin: an opaque origin, where storage throws.
  expect(await frame.evaluate(() => self.origin)).toBe('null');
  await expect.poll(async () => (await hostLog(page)).length).toBeGreaterThan(0);
  const height = (await hostLog(page))[0]?.height ?? 0;
  expect(height).toBeGreaterThanOrEqual(400);
  expect(height).toBeLessThanOrEqual(1000);
  // Shown (WordPress drops its hiding style on the first message) at that height.
  await expect(page.locator('iframe')).not.toHaveAttribute('style');
  expect((await page.locator('iframe').boundingBox())?.height).toBe(height);
  // The secret is no step: the story opens at its top and the scroll story works inside the frame.
  expect(await frame.evaluate(() => window.scrollY)).toBe(0);
  for (const stepId of STEP_IDS) {
    await scrollToStep(frame, stepId);
    await expectFrameOnStep(frame, stepId);
  }
});

test('follows a deep link before the secret, and keeps the secret when the address follows the reader', async ({ page }) => {
  await page.goto(hostServer().pageUrl({ kind: 'wordpress', secret: SECRET, hash: `#${MID_STORY_STEP}` }));
  const frame = await storyFrame(page);
  await expectFrameOnStep(frame, MID_STORY_STEP);
  await scrollToStep(frame, NEXT_STEP);
  await expectFrameOnStep(frame, NEXT_STEP);
  await expect.poll(() => frame.evaluate(() => window.location.hash)).toBe(`#${NEXT_STEP}#?secret=${SECRET}`);
});

test('ignores a thousand malformed WordPress messages: no error, no step change, no new height', async ({ page }) => {
  await page.goto(hostServer().pageUrl({ kind: 'wordpress', secret: SECRET, hash: `#${MID_STORY_STEP}` }));
  const frame = await storyFrame(page);
  await expectFrameOnStep(frame, MID_STORY_STEP);
  await expect.poll(async () => (await hostLog(page)).length).toBeGreaterThan(0);
  const heardBefore = (await hostLog(page)).length;
  await sendMalformedThousand(page, frame, 'wordpress', { secret: SECRET });
  await expectFrameOnStep(frame, MID_STORY_STEP);
  expect((await hostLog(page)).length).toBe(heardBefore);
});
