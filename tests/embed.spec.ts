// The story inside a publisher's iframe, served from another origin: the fixed-height iframe that
// scrolls itself, and the responsive iframe sized by embed.js and driven by the host page's scroll,
// in every edition the story has (a French one at `/fr/?embed`).
import { expect, test } from './helpers/test.ts';
import { STEP_IDS, STORY_UNDER_TEST, chapterOf, forEachEdition } from './helpers/underTest.ts';
import { scrollToStep } from './helpers/story.ts';
import { PROBE, expectFrameOnStep, expectVolleyHandled, scrollHostToStep, hostForTheseTests, sendMalformedThousand, storyFrame } from './helpers/frames.ts';
import { postForgedHeightToHost, postHostileToHost, postHostileToStory } from './helpers/inPage.ts';

/** A step of the first chapter past its first, and the last step, in a later chapter: both a scroll away from the top. */
const FIRST_CHAPTER_LATER_STEP = STEP_IDS[1]!;
const LAST_STEP = STEP_IDS.at(-1)!;
/** A step with steps on either side, in the second chapter: a message that moved the story either way would show. */
const MID_STORY_STEP = STORY_UNDER_TEST.chapters[1]!.steps[0]!.id;

forEachEdition((edition) => {
  const hostServer = hostForTheseTests();

  test.describe('fixed-height iframe', () => {
    test('scrolls inside the iframe through every step, with the scenes in step', async ({ page }) => {
      await page.goto(hostServer().url({ path: edition.at('/'), isResponsive: false }));
      const frame = await storyFrame(page);
      for (const stepId of STEP_IDS) {
        await scrollToStep(frame, stepId);
        await expectFrameOnStep(frame, stepId);
      }
      expect(await frame.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
      await expect(frame.locator('[data-embed-link]')).toBeVisible();
      await expect(frame.locator('[data-embed-snippet]')).toHaveCount(0);
    });

    test('honours a deep link to a step', async ({ page }) => {
      await page.goto(hostServer().url({ path: edition.at('/'), isResponsive: false, hash: `#${LAST_STEP}` }));
      await expectFrameOnStep(await storyFrame(page), LAST_STEP);
    });
  });

  test.describe('responsive iframe with embed.js', () => {
    test('grows to the story, and the host scroll walks every step with the scene pinned in view', async ({ page }, testInfo) => {
      await page.goto(hostServer().url({ path: edition.at('/'), isResponsive: true }));
      const frame = await storyFrame(page);
      await expect(page.locator('html')).toBeAttached();
      await expect.poll(() => frame.evaluate(() => document.documentElement.classList.contains('is-embed-responsive'))).toBe(true);
      const storyHeight = await frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
      await expect.poll(async () => (await page.locator('iframe').boundingBox())?.height ?? 0).toBeGreaterThan(storyHeight - 2);
      expect(storyHeight).toBeGreaterThan(5 * (page.viewportSize()?.height ?? 800));

      const middles = new Set(edition.story.chapters.map((chapter) => chapter.steps[Math.floor(chapter.steps.length / 2)]?.id));
      for (const stepId of STEP_IDS) {
        await scrollHostToStep(page, frame, stepId);
        await expectFrameOnStep(frame, stepId);
        if (!middles.has(stepId)) continue;
        // Pinned: the scene's top sits at the top of the host's viewport, below the bar of chapters
        // pinned there too, not scrolled away nor under the bar.
        const iframeTop = (await page.locator('iframe').boundingBox())?.y ?? 0;
        const sceneTop = await frame.locator(`[data-chapter="${chapterOf(stepId)}"] [data-scene]`).evaluate((scene) => scene.getBoundingClientRect().top);
        const barBottom = iframeTop + (await frame.locator('[data-place-bar]').evaluate((bar) => bar.getBoundingClientRect().bottom));
        const onScreen = iframeTop + sceneTop;
        expect(barBottom, 'the bar of chapters at the top of the host screen').toBeLessThan(60);
        expect(onScreen, `${stepId} scene top on the host screen`).toBeGreaterThan(barBottom - 2);
        expect(onScreen).toBeLessThan(barBottom + 60);
        if (chapterOf(stepId) === edition.story.chapters[0]?.id) await page.screenshot({ path: testInfo.outputPath('responsive-mid-story.png') });
      }
    });

    test('keeps working for a page that still runs the first embed.js, in the first embeds\' names', async ({ page }) => {
      // The embed.js published before the kit's messages were renamed differs from today's only in
      // its messages' names: today's, with those names put back, is that script.
      // The heights the host page hears, for a failure to say which it missed (this test once failed
      // on a clean machine with the frame at 5,640 px and the story at 6,889, and never since).
      await page.addInitScript(() => {
        if (window.parent !== window) return;
        const heard: string[] = ((window as unknown as { heardHeights: string[] }).heardHeights = []);
        window.addEventListener('message', ({ data }) => {
          if (data?.type === 'height') heard.push(`${Math.round(performance.now())} ms ${data.source} ${data.height}`);
        });
      });
      await page.route('**/embed.js', async (route) => {
        const response = await route.fetch();
        const legacy = (await response.text()).replaceAll('scrolly-host', 'gassama-host').replaceAll('scrolly-story', 'gassama-story');
        await route.fulfill({ response, body: legacy });
      });
      await page.goto(hostServer().url({ path: edition.at('/'), isResponsive: true }));
      const frame = await storyFrame(page);
      const storyHeight = await frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
      const heard = () => page.evaluate(() => (window as unknown as { heardHeights: string[] }).heardHeights.join(', '));
      await expect
        .poll(async () => (await page.locator('iframe').boundingBox())?.height ?? 0, { message: 'the frame grows to the story' })
        .toBeGreaterThan(storyHeight - 2)
        .catch(async (error: Error) => {
          throw new Error(`${error.message}\nThe heights the host page heard: ${await heard()}`);
        });
      for (const stepId of [FIRST_CHAPTER_LATER_STEP, LAST_STEP]) {
        await scrollHostToStep(page, frame, stepId);
        await expectFrameOnStep(frame, stepId);
      }
    });

    test('honours a deep link by scrolling the host page to the step', async ({ page }) => {
      await page.goto(hostServer().url({ path: edition.at('/'), isResponsive: true, hash: `#${LAST_STEP}` }));
      const frame = await storyFrame(page);
      await expectFrameOnStep(frame, LAST_STEP);
      expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
    });

    test('falls back to a readable plain article when the host script never answers', async ({ page }) => {
      await page.goto(hostServer().url({ path: edition.at('/'), isResponsive: true, isScriptMissing: true }));
      const frame = await storyFrame(page);
      await expect.poll(() => frame.locator('[data-still-scene]').count(), { timeout: 8000 }).toBeGreaterThan(0);
      await expect(frame.locator('h1')).toBeVisible();
      await expect(frame.locator('[data-scene]')).toHaveCount(0);
    });

    test('ignores hostile messages in both directions', async ({ page }) => {
      await page.goto(hostServer().url({ path: edition.at('/'), isResponsive: true }));
      const frame = await storyFrame(page);
      await scrollHostToStep(page, frame, MID_STORY_STEP);
      await expectFrameOnStep(frame, MID_STORY_STEP);
      const heightBefore = (await page.locator('iframe').boundingBox())?.height;

      // To the story, from the host page: wrong shapes, wrong version, NaN, absurd values, huge payloads.
      await expectVolleyHandled(frame, () => page.evaluate(postHostileToStory, PROBE));
      // To the host, from the story and from the host page itself: absurd heights and scrolls.
      await expectVolleyHandled(page, () => frame.evaluate(postHostileToHost, PROBE));
      await expectVolleyHandled(page, () => page.evaluate(postForgedHeightToHost, PROBE));
      await expectFrameOnStep(frame, MID_STORY_STEP);
      expect((await page.locator('iframe').boundingBox())?.height).toBe(heightBefore);
    });

    test('ignores a thousand malformed messages of ours: no error, no step change, no new size', async ({ page }) => {
      await page.goto(hostServer().url({ path: edition.at('/'), isResponsive: true }));
      const frame = await storyFrame(page);
      await scrollHostToStep(page, frame, MID_STORY_STEP);
      await expectFrameOnStep(frame, MID_STORY_STEP);
      const heightBefore = (await page.locator('iframe').boundingBox())?.height;
      await sendMalformedThousand(page, frame, 'ours');
      await expectFrameOnStep(frame, MID_STORY_STEP);
      expect((await page.locator('iframe').boundingBox())?.height).toBe(heightBefore);
    });
  });
});
