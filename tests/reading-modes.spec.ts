// Reduced motion, the page's motion switch, the plain-article mode and print.
import { expect, test, type Page } from '@playwright/test';
import { ALL_STEPS } from '../src/stories/four-floors/story.ts';
import { QUOTES } from '../src/stories/four-floors/quotes.ts';
import { sampleClimberPositions } from './helpers/inPage.ts';
import { CLIMBER_SAMPLE_MS } from './helpers/steps.ts';
import { expectOnStep, scrollToStep, openStory, stepTargetTop, visitEveryStep, waitForEveryScript, waitUntilStill } from './helpers/story.ts';

/**
 * Moves from one rescue step to another and samples the climber's on-screen position every frame
 * for the scene's movement and then some: a jump shows at most two positions, an animation many in
 * between.
 */
async function climberMovesAfterStepChange(page: Page): Promise<boolean> {
  // The scenes' code is in, or no scene could move whatever the setting.
  await waitForEveryScript(page);
  await scrollToStep(page, 'rescue-floor-1');
  await expectOnStep(page, 'rescue-floor-1');
  // The movement to the first step is over: the samples see only the next one.
  await waitUntilStill(page);
  const target = await stepTargetTop(page, 'rescue-floor-3');
  const positions = await page.evaluate(sampleClimberPositions, { top: target, ms: CLIMBER_SAMPLE_MS });
  await expectOnStep(page, 'rescue-floor-3');
  return positions > 3;
}

test.describe('with reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('scene states still follow every step, with no movement in between', async ({ page }) => {
    await openStory(page, '/');
    await visitEveryStep(page);
    expect(await climberMovesAfterStepChange(page)).toBe(false);
  });
});

test('the climber moves by default, and the motion switch stops it for the visit', async ({ page }) => {
  await openStory(page, '/');
  await page.evaluate(() => document.fonts.ready);
  expect(await climberMovesAfterStepChange(page)).toBe(true);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.locator('[data-control="motion"]').click();
  await expect(page.locator('[data-control="motion"]')).toHaveAttribute('aria-pressed', 'true');
  expect(await climberMovesAfterStepChange(page)).toBe(false);
  await page.reload();
  await expect(page.locator('[data-control="motion"]')).toHaveAttribute('aria-pressed', 'true');
});

async function expectWholeArticle(page: Page) {
  for (const step of ALL_STEPS) {
    const card = page.locator(`[data-step="${step.id}"]`);
    await expect(card).toBeVisible();
    await expect(card.locator(`[data-still-state="${step.id}"]`)).toBeVisible();
    for (const quoteId of step.quoteIds) {
      await expect(card.locator(`[data-quote-id="${quoteId}"] [data-quote]`)).toBeVisible();
    }
  }
  await expect(page.locator('[data-scene]')).toHaveCount(0);
}

test('the plain-article mode shows every step with a still picture and its quotes', async ({ page }, testInfo) => {
  await openStory(page, '/');
  await page.locator('[data-control="linear"]').click();
  await expectWholeArticle(page);
  await page.locator('[data-step="rescue-neighbour"]').scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath('linear.png') });
  await page.reload();
  await expect(page.locator('[data-control="linear"]')).toHaveAttribute('aria-pressed', 'true');
});

test('printing gives the plain article, without the controls, every quote visible', async ({ page }, testInfo) => {
  await openStory(page, '/#meeting-medal');
  await page.emulateMedia({ media: 'print' });
  await expectWholeArticle(page);
  await expect(page.locator('.reader-controls')).toBeHidden();
  const quotes = await page.locator('[data-quote]').evaluateAll((nodes) => ({
    total: nodes.length,
    visible: nodes.filter((node) => (node as HTMLElement).offsetParent !== null).length,
  }));
  expect(quotes.total).toBeGreaterThanOrEqual(QUOTES.length);
  expect(quotes.visible).toBe(quotes.total);
  await page.screenshot({ path: testInfo.outputPath('print.png'), fullPage: false });
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('[data-scene="rescue"]')).toBeVisible();
});
