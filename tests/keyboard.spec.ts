// Every step can be reached and left without a mouse.
import { expect, test } from './helpers/test.ts';
import { STEP_IDS, forEachEdition } from './helpers/underTest.ts';
import { expectOnStep, openStory } from './helpers/story.ts';

forEachEdition((edition) => {
  test('arrow keys and PageDown/PageUp walk through every step and move focus to its card', async ({ page }) => {
    await openStory(page, edition.at('/'));
    for (const [index, stepId] of STEP_IDS.entries()) {
      await page.keyboard.press(index % 2 === 0 ? 'ArrowDown' : 'PageDown');
      await expectOnStep(page, stepId);
      await expect(page.locator(`[data-step="${stepId}"]`)).toBeFocused();
    }
    await page.keyboard.press('ArrowUp');
    await expectOnStep(page, STEP_IDS.at(-2) ?? '');
    await page.keyboard.press('PageUp');
    await expectOnStep(page, STEP_IDS.at(-3) ?? '');
  });

  test('the Next and Previous buttons move between steps', async ({ page }) => {
    // The first chapter's first two steps: Next moves on within the chapter, Previous back.
    const [chapter] = edition.story.chapters;
    const [from, to] = chapter?.steps.map((step) => step.id) ?? [];
    if (!chapter || !from || !to) throw new Error('the story under test needs a first chapter of two steps or more');
    const stepNav = page.locator(`[data-chapter="${chapter.id}"] .step-nav`);
    await openStory(page, edition.at(`/#${from}`));
    await expectOnStep(page, from);
    await stepNav.getByRole('button', { name: edition.story.ui.nextStep }).click();
    await expectOnStep(page, to);
    await expect(page.locator(`[data-step="${to}"]`)).toBeFocused();
    await stepNav.getByRole('button', { name: edition.story.ui.previousStep }).click();
    await expectOnStep(page, from);
  });

  test('the first Tab reaches a visible skip link to the sources', async ({ page }) => {
    await openStory(page, edition.at('/'));
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: edition.story.ui.skipToSources });
    await expect(skip).toBeFocused();
    const box = await skip.boundingBox();
    expect(box && box.y >= 0).toBe(true);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#sources$/);
    await expect(page.locator('#sources')).toBeInViewport();
  });

  test('focus is visible on controls', async ({ page }) => {
    await openStory(page, edition.at('/'));
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    expect(outline).not.toBe('none');
  });
});
