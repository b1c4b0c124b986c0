// The story as a reader scrolls it, at desktop and phone sizes (see playwright.config.ts projects).
import { expect, test } from '../../../../tests/helpers/test.ts';
import { activeStepIds, expectOnStep, hasHorizontalOverflow, openStoryForEachTest, scrollToStep, sceneState, waitUntilStill } from '../../../../tests/helpers/story.ts';
import { STEP_IDS, forEachEdition } from './underTest.ts';

forEachEdition((edition) => {
  test.describe('the scroll-driven story', () => {
    openStoryForEachTest(edition.at('/'));

    test('renders the steps in reading order, each once', async ({ page }) => {
      const ids = await page.locator('[data-step]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-step')));
      expect(ids).toEqual(STEP_IDS);
      for (const chapter of ['rescue', 'reactions', 'meeting', 'aftermath', 'sources']) {
        await expect(page.locator(`[data-chapter="${chapter}"]`)).toHaveCount(1);
      }
    });

    test('follows every step in order, with the scene in step', async ({ page }, testInfo) => {
      let lastChapter = '';
      for (const stepId of STEP_IDS) {
        await scrollToStep(page, stepId);
        await expectOnStep(page, stepId);
        expect(await hasHorizontalOverflow(page)).toBe(false);
        const chapter = edition.story.chapters.find((candidate) => candidate.steps.some((step) => step.id === stepId))?.id ?? '';
        if (chapter !== lastChapter) {
          lastChapter = chapter;
          await waitUntilStill(page);
          await page.screenshot({ path: testInfo.outputPath(`${chapter}.png`) });
        }
      }
    });

    test('lands on the right picture after jumps to the end and back to the middle', async ({ page }) => {
      const expectAtTheEnd = async () => {
        await expect
          .poll(() => page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight - window.scrollY), {
            message: 'the page should come to rest at its end',
          })
          .toBeLessThanOrEqual(2);
        await expect.poll(() => activeStepIds(page)).toEqual([STEP_IDS.at(-1)]);
        for (const chapter of edition.story.chapters) {
          await expect.poll(() => sceneState(page, chapter.id)).toBe(chapter.steps.at(-1)?.id);
        }
      };
      // The End key scrolls smoothly towards an end computed when it is pressed: it must still be the end.
      await page.keyboard.press('End');
      await expectAtTheEnd();
      await page.keyboard.press('Home');
      // Home's smooth scroll must have ended: a drag while it still runs is overtaken by it.
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
      await waitUntilStill(page);
      // A scrollbar drag to the bottom.
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await expectAtTheEnd();
      const middle = 'meeting-medal';
      await scrollToStep(page, middle);
      await expectOnStep(page, middle);
      expect(await sceneState(page, 'rescue')).toBe('rescue-balcony');
      expect(await sceneState(page, 'reactions')).toBe('reactions-father');
      expect(await sceneState(page, 'aftermath')).toBe('aftermath-weekend');
    });

    test('never covers the climber or the boy with a card', async ({ page }) => {
      const rescueSteps = edition.story.chapters.find((chapter) => chapter.id === 'rescue')?.steps ?? [];
      for (const step of rescueSteps) {
        await scrollToStep(page, step.id);
        await expectOnStep(page, step.id);
        // Where the figures come to rest, not where their movement passes.
        await waitUntilStill(page);
        for (const figure of ['.figure--climber circle', '.figure--child circle']) {
          const box = await page.locator(figure).boundingBox();
          if (!box) throw new Error(`${figure} is not drawn`);
          const isSceneOnTop = await page.evaluate(
            ({ x, y }) => Boolean(document.elementFromPoint(x, y)?.closest('[data-scene="rescue"]')),
            { x: box.x + box.width / 2, y: box.y + box.height / 2 },
          );
          expect(isSceneOnTop, `${figure} visible at ${step.id}`).toBe(true);
        }
      }
    });

    test('shows the sources with every quote attributed to a known report', async ({ page }) => {
      const reportFiles = ['000_5c66f325ecacc994.txt', '001_e73e98f190c051f7.txt', '002_31682aa731eda3e5.txt'];
      const files = await page.locator('[data-chapter="sources"] article[data-source]').evaluateAll((nodes) =>
        nodes.map((node) => node.getAttribute('data-source')),
      );
      expect(files).toEqual(reportFiles);
      const named = await page.locator('[data-source]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-source')));
      expect(named.filter((file) => !reportFiles.includes(file ?? ''))).toEqual([]);
      const orphans = await page.locator('[data-quote]').evaluateAll((nodes) => nodes.filter((node) => !node.closest('[data-source]')).length);
      expect(orphans).toBe(0);
      const translationsInsideQuotes = await page.locator('[data-quote] [data-translation]').count();
      expect(translationsInsideQuotes).toBe(0);
    });

    test('has no horizontal scrolling at 320 px wide', async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      for (const stepId of ['rescue-neighbour', 'reactions-father', 'meeting-policy']) {
        await scrollToStep(page, stepId);
        await expectOnStep(page, stepId);
        expect(await hasHorizontalOverflow(page)).toBe(false);
      }
    });
  });
});
