// Reduced motion, the page's motion switch, the plain-article mode and print.
import { expect, test, type Page } from './helpers/test.ts';
import { forEachEdition, DIST } from './helpers/underTest.ts';
import { sampleFigurePositions } from './helpers/inPage.ts';
import { CLIMBER_SAMPLE_MS } from './helpers/steps.ts';
import { expectOnStep, scrollToStep, openStory, stepTargetTop, visitEveryStep, waitForEveryScript, waitUntilStill } from './helpers/story.ts';

forEachEdition((edition) => {
  const { quotes: QUOTES } = edition.story;
  const [firstChapter, secondChapter] = edition.story.chapters;
  // In the fixture's first chapter the keeper climbs: from the door (its first step) up the stairs (its second).
  const [fromStep, toStep] = firstChapter?.steps.map((step) => step.id) ?? [];
  const KEEPER = `[data-chapter="${firstChapter?.id}"] [data-scene] .lamp__keeper`;
  /** A step in a later chapter, so the page opens past the first chapter's scene. */
  const laterStep = secondChapter?.steps[0]?.id ?? '';
  /** The step with a "reports differ" callout, which the evidence brings. */
  const differingStep = edition.steps.find((step) => step.discrepancyIds.length > 0)?.id ?? '';

  /**
   * Moves from one step of the first chapter to the next and samples the keeper's on-screen position
   * every frame for the scene's movement and then some: a jump shows at most two positions, an
   * animation many in between.
   */
  async function keeperMovesAfterStepChange(page: Page): Promise<boolean> {
    if (!fromStep || !toStep) throw new Error('the story under test needs a first chapter of two steps or more');
    // The scenes' code is in, or no scene could move whatever the setting.
    await waitForEveryScript(page, DIST);
    await scrollToStep(page, fromStep);
    await expectOnStep(page, fromStep);
    // The movement to the first step is over: the samples see only the next one.
    await waitUntilStill(page);
    const target = await stepTargetTop(page, toStep);
    const positions = await page.evaluate(sampleFigurePositions, { figure: KEEPER, top: target, ms: CLIMBER_SAMPLE_MS });
    await expectOnStep(page, toStep);
    return positions > 3;
  }

  test.describe('with reduced motion', () => {
    test.use({ reducedMotion: 'reduce' });

    // The setting is read once the app is awake, while the steps' evidence may still be loading. A
    // change React had to carry into a boundary still waiting to hydrate would drop its prerendered
    // evidence and draw it again once loaded: the cards would shrink and grow under the reader, and a
    // scroll made in between would land on the wrong step.
    test('the prerendered evidence stays in place while the page wakes up', async ({ page }) => {
      await page.addInitScript(() => {
        document.addEventListener('DOMContentLoaded', () => {
          const dropped: string[] = [];
          (window as unknown as { droppedEvidence: string[] }).droppedEvidence = dropped;
          new MutationObserver((mutations) => {
            for (const mutation of mutations) {
              for (const node of mutation.removedNodes) {
                if (node instanceof HTMLDetailsElement) dropped.push(`${node.className} in ${mutation.target instanceof Element ? mutation.target.closest('[data-step]')?.getAttribute('data-step') : ''}`);
              }
            }
          }).observe(document.querySelector('main') ?? document.body, { childList: true, subtree: true });
        });
      });
      // The evidence arrives only once the page is awake, as on a slow connection.
      let release = () => {};
      const released = new Promise<void>((resolve) => (release = resolve));
      await page.route(/\/assets\/evidence[^/]*\.js$/, async (route) => {
        await released;
        await route.continue();
      });
      await openStory(page, edition.at('/'));
      release();
      await waitForEveryScript(page, DIST);
      await expect(page.locator(`[data-step="${differingStep}"] details.discrepancy`)).toBeAttached();
      expect(await page.evaluate(() => (window as unknown as { droppedEvidence: string[] }).droppedEvidence)).toEqual([]);
    });

    test('scene states still follow every step, with no movement in between', async ({ page }) => {
      await openStory(page, edition.at('/'));
      await visitEveryStep(page);
      expect(await keeperMovesAfterStepChange(page)).toBe(false);
    });
  });

  test('the keeper moves by default, and the motion switch stops him for the visit', async ({ page }) => {
    await openStory(page, edition.at('/'));
    await page.evaluate(() => document.fonts.ready);
    expect(await keeperMovesAfterStepChange(page)).toBe(true);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.locator('[data-control="motion"]').click();
    await expect(page.locator('[data-control="motion"]')).toHaveAttribute('aria-pressed', 'true');
    expect(await keeperMovesAfterStepChange(page)).toBe(false);
    await page.reload();
    await expect(page.locator('[data-control="motion"]')).toHaveAttribute('aria-pressed', 'true');
  });

  // A switch that grew when pressed wrapped the switches onto another line on a phone: the one just
  // tapped moved from under the reader's finger, and everything below it moved too.
  test('pressing the motion switch moves neither it nor what comes after it', async ({ page }) => {
    await openStory(page, edition.at('/'));
    await page.evaluate(() => document.fonts.ready);
    const motion = page.locator('[data-control="motion"]');
    const place = () =>
      motion.evaluate((button) => {
        const box = button.getBoundingClientRect();
        const next = button.closest('.opening')?.nextElementSibling?.getBoundingClientRect().top ?? NaN;
        return { x: box.x, y: box.y, width: box.width, next: next + window.scrollY };
      });
    const unpressed = await place();
    await motion.click();
    await expect(motion).toHaveAttribute('aria-pressed', 'true');
    const pressed = await place();
    expect(Math.abs(pressed.width - unpressed.width), `its width, ${unpressed.width} then ${pressed.width} px`).toBeLessThanOrEqual(0.5);
    expect(pressed.x).toBeCloseTo(unpressed.x, 0);
    expect(pressed.y).toBeCloseTo(unpressed.y, 0);
    expect(pressed.next).toBeCloseTo(unpressed.next, 0);
  });

  async function expectWholeArticle(page: Page) {
    for (const step of edition.steps) {
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
    await openStory(page, edition.at('/'));
    await page.locator('[data-control="linear"]').click();
    await expectWholeArticle(page);
    await page.locator(`[data-step="${laterStep}"]`).scrollIntoViewIfNeeded();
    await page.screenshot({ path: testInfo.outputPath('linear.png') });
    await page.reload();
    await expect(page.locator('[data-control="linear"]')).toHaveAttribute('aria-pressed', 'true');
  });

  test('printing gives the plain article, without the controls, every quote visible', async ({ page }, testInfo) => {
    await openStory(page, edition.at(`/#${laterStep}`));
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
    await expect(page.locator(`[data-chapter="${firstChapter?.id}"] [data-scene]`)).toBeVisible();
  });
});
