// Every step changes the picture, and the words in every picture can be read: none overlaps another,
// none is cut by a card drawn over it, by the picture's frame or by the step controls, on a desktop,
// a phone, small phones (360×640, 320×568) and at 320 px, in every edition's words. The pictures are
// the same plan in every edition, so the first alone is walked for their changes; the words, and the
// step cards' heights, are each edition's.
import { expect, test, type Page } from '../../../../tests/helpers/test.ts';
import { projectSize } from '../../../../tests/helpers/projects.ts';
import { EDITIONS, forEachEdition } from './underTest.ts';
import { drawnState, sceneTextProblems } from '../../../../tests/helpers/sceneDrawing.ts';
import { hastenSceneMovement } from '../../../../tests/helpers/motion.ts';
import { expectOnStep, openStory, scrollToStep, waitUntilStill } from '../../../../tests/helpers/story.ts';

/** The phone's whole screen (the project's window leaves room for the browser's bars). */
const PHONE = { width: 390, height: 844 };
const SMALL_PHONE = { width: 360, height: 640 };
const SMALLEST_PHONE = { width: 320, height: 568 };

/** Scrolls to the step and waits until its scene has finished moving. */
async function settleOn(page: Page, stepId: string): Promise<void> {
  await scrollToStep(page, stepId);
  await expectOnStep(page, stepId);
  await waitUntilStill(page);
}

for (const chapter of EDITIONS[0].story.chapters) {
  test(`every step of the ${chapter.id} chapter changes its picture`, async ({ page }) => {
    test.setTimeout(90_000);
    await openStory(page, '/');
    await page.evaluate(() => document.fonts.ready);
    const artwork = page.locator(`[data-scene="${chapter.id}"] [aria-hidden="true"]`).first();
    let previous: { id: string; state: string; pixels: Buffer } | undefined;
    for (const step of chapter.steps) {
      await settleOn(page, step.id);
      const current = { id: step.id, state: await page.evaluate(drawnState, chapter.id), pixels: await artwork.screenshot() };
      if (previous) {
        expect(current.state, `${step.id} should draw something ${previous.id} does not`).not.toBe(previous.state);
        expect(current.pixels.equals(previous.pixels), `${step.id} should look different from ${previous.id}`).toBe(false);
      }
      previous = current;
    }
  });
}

forEachEdition((edition) => {
  test('no words in any scene overlap, or are cut by a card or by the frame, at every step', async ({ page }, testInfo) => {
    test.setTimeout(480_000);
    // The phone project also reads the pictures on the whole screen of a phone, of a small phone
    // (360×640) and of the smallest (320×568, also the narrowest width WCAG's reflow asks for), and
    // at 320 px on a screen as tall as the phone's, the smallest in the dark theme too (its drawings
    // are the same shapes in other colours). The phone project's own window (a phone with its
    // browser's bars) comes first.
    const sizes = projectSize(testInfo) === 'mobile' ? [null, PHONE, SMALL_PHONE, SMALLEST_PHONE, { width: 320, height: PHONE.height }] : [null];
    const readings = [...sizes.map((size) => ({ size, isDark: false })), ...(projectSize(testInfo) === 'mobile' ? [{ size: SMALLEST_PHONE, isDark: true }] : [])];
    // The words are read in each step's picture at rest, which the movement there does not change.
    await hastenSceneMovement(page);
    for (const { size, isDark } of readings) {
      if (size) await page.setViewportSize(size);
      await page.emulateMedia({ colorScheme: isDark ? 'dark' : 'light' });
      await openStory(page, edition.at('/'));
      await page.evaluate(() => document.fonts.ready);
      const where = `${page.viewportSize()?.width}×${page.viewportSize()?.height}${isDark ? ', dark' : ''}`;
      for (const chapter of edition.story.chapters) {
        for (const step of chapter.steps) {
          await settleOn(page, step.id);
          // Soft: one reading names every step whose words fail, not only the first.
          expect.soft(await page.evaluate(sceneTextProblems, chapter.id), `${step.id} at ${where}`).toEqual([]);
        }
      }
    }
  });

  test('on a phone the picture takes half the screen (350 px on a small one, 62 % at most), and no step card is taller than the screen', async ({ page }, testInfo) => {
    test.skip(projectSize(testInfo) !== "mobile", 'the phone layout');
    for (const size of [PHONE, SMALL_PHONE, SMALLEST_PHONE]) {
      await page.setViewportSize(size);
      await openStory(page, edition.at('/'));
      await page.evaluate(() => document.fonts.ready);
      const screen = size.height;
      const limit = Math.max(screen / 2, Math.min(350, screen * 0.62));
      const graphics = await page.locator('.scrolly__graphic').evaluateAll((nodes) => nodes.map((node) => Math.round(node.getBoundingClientRect().height)));
      expect(graphics.filter((height) => height > limit + 1), `pictures taller than ${Math.round(limit)} px at ${size.width}×${size.height}`).toEqual([]);
      // On a small phone a card with its quotes and callouts is taller than the screen, as a long
      // paragraph is: the reader scrolls through it under the picture. On a phone none is.
      if (size !== PHONE) continue;
      const tall = await page.locator('.step__card').evaluateAll((cards, most) =>
        cards.filter((card) => card.getBoundingClientRect().height > most).map((card) => card.closest('[data-step]')?.getAttribute('data-step')), screen);
      expect(tall, `cards taller than the screen at ${size.width}×${size.height}`).toEqual([]);
    }
  });
});
