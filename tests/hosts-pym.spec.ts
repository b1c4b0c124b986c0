// The story as a pym.js child, on a host page of another origin that loads the real pym.js (npm
// pym.js 1.3.2) and embeds it with `new pym.Parent(…)`, as many CMSs do: pym sizes the frame to the
// story from its height messages; with `trackscroll: true` the host's scroll drives the steps, with
// the scene pinned in view; without it the story reads as the plain article.
import { expect, test, type Frame, type Page } from './helpers/test.ts';
import { CHAPTER_MIDDLE_STEPS, STEP_IDS, STORY_UNDER_TEST, chapterOf } from './helpers/underTest.ts';
import { expectFrameOnStep, scrollHostToStep, sendMalformedThousand, hostForTheseTests, startPymTracking, storyFrame } from './helpers/frames.ts';

const hostServer = hostForTheseTests();

/** The last step, in a later chapter: a deep link's farthest scroll from the top. */
const LAST_STEP = STEP_IDS.at(-1)!;
/** A step with steps on either side, in the second chapter: a message that moved the story either way would show. */
const MID_STORY_STEP = STORY_UNDER_TEST.chapters[1]!.steps[0]!.id;

const frameHeight = async (page: Page) => (await page.locator('iframe').boundingBox())?.height ?? 0;
const storyHeightOf = (frame: Frame) => frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
/**
 * How far the frame falls short of the story, both read at once. The story's height still moves for
 * a moment after it is ready (the plain article's still pictures arrive: 160 px in one run), and pym
 * follows it: a height read once and compared with the frame later failed when the story shrank.
 */
const frameShortfall = async (page: Page, frame: Frame) => (await storyHeightOf(frame)) - (await frameHeight(page));
const hostLog = (page: Page) => page.evaluate(() => (window as unknown as { hostLog: unknown[] }).hostLog);

test('with trackscroll, pym sizes the frame to the story and the host scroll walks the steps, scene pinned', async ({ page }) => {
  await page.goto(hostServer().pageUrl({ kind: 'pym', trackscroll: true }));
  const frame = await storyFrame(page);
  // pym adds the childId the story answers to.
  expect(new URL(frame.url()).searchParams.get('childId')).toBe('story-embed');
  await startPymTracking(page, frame);
  await expect.poll(() => frameShortfall(page, frame)).toBeLessThan(2);
  expect(await storyHeightOf(frame)).toBeGreaterThan(5 * (page.viewportSize()?.height ?? 800));

  for (const stepId of STEP_IDS.filter((id) => CHAPTER_MIDDLE_STEPS.has(id) || id === STEP_IDS.at(-1))) {
    await scrollHostToStep(page, frame, stepId);
    await expectFrameOnStep(frame, stepId);
    if (!CHAPTER_MIDDLE_STEPS.has(stepId)) continue;
    const iframeTop = (await page.locator('iframe').boundingBox())?.y ?? 0;
    const sceneTop = await frame.locator(`[data-chapter="${chapterOf(stepId)}"] [data-scene]`).evaluate((scene) => scene.getBoundingClientRect().top);
    // Below the bar of chapters, pinned at the top of the host screen too.
    const barBottom = iframeTop + (await frame.locator('[data-place-bar]').evaluate((bar) => bar.getBoundingClientRect().bottom));
    expect(barBottom, 'the bar of chapters at the top of the host screen').toBeLessThan(60);
    expect(iframeTop + sceneTop, `${stepId} scene top on the host screen`).toBeGreaterThan(barBottom - 2);
    expect(iframeTop + sceneTop).toBeLessThan(barBottom + 60);
  }
  // The story never asks a pym host to navigate.
  expect(await hostLog(page)).toEqual([]);
});

test('with trackscroll, a deep link scrolls the host page to the step', async ({ page }) => {
  await page.goto(hostServer().pageUrl({ kind: 'pym', trackscroll: true, hash: `#${LAST_STEP}` }));
  const frame = await storyFrame(page);
  await startPymTracking(page, frame);
  await expectFrameOnStep(frame, LAST_STEP);
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
});

test('with trackscroll, the host’s first scroll after the story is ready reaches it, however late its code for hosts arrives', async ({ page }) => {
  // A slow network for the one chunk that speaks to hosts (it loads only inside a frame): pym sends
  // the host's geometry on a scroll and never again until the next, so a story that called itself
  // ready before it listened would lose the reader's first scroll, and read as the plain article.
  await page.route(/\/assets\/framedStory-[\w-]+\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 2500));
    await route.continue();
  });
  await page.goto(hostServer().pageUrl({ kind: 'pym', trackscroll: true }));
  const frame = await storyFrame(page);
  await startPymTracking(page, frame);
});

test('without trackscroll, the frame grows to the story, which reads as the plain article', async ({ page }) => {
  await page.goto(hostServer().pageUrl({ kind: 'pym', trackscroll: false }));
  const frame = await storyFrame(page);
  await expect.poll(() => frame.locator('[data-still-scene]').count()).toBeGreaterThan(0);
  await expect(frame.locator('[data-scene]')).toHaveCount(0);
  await expect.poll(() => frameShortfall(page, frame)).toBeLessThan(2);
  await page.mouse.wheel(0, 2000);
  await expect(frame.locator('[data-still-scene]').first()).toBeAttached();
  expect(await frame.evaluate(() => document.documentElement.classList.contains('is-embed-responsive'))).toBe(false);
});

test('ignores a thousand malformed pym messages: no error, no step change, no new size', async ({ page }) => {
  await page.goto(hostServer().pageUrl({ kind: 'pym', trackscroll: true }));
  const frame = await storyFrame(page);
  await startPymTracking(page, frame);
  await scrollHostToStep(page, frame, MID_STORY_STEP);
  await expectFrameOnStep(frame, MID_STORY_STEP);
  const heightBefore = await frameHeight(page);
  await sendMalformedThousand(page, frame, 'pym', { pymId: 'story-embed' });
  await expectFrameOnStep(frame, MID_STORY_STEP);
  expect(await frameHeight(page)).toBe(heightBefore);
});
